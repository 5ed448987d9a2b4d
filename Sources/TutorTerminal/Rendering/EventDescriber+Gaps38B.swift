import TutorCore
import TutorAnalysis

/// Gaps 38B: a start row says whose run() a Process subclass's child runs; a forkserver child's start row sets its two
/// parents side by side.
extension EventDescriber {
    /// ` · runs Greeter.run()` when the tracer named the class whose run() the child runs (a subclass's own, recorded
    /// at start(): `run_owner`), else "" (a target process, an older recording).
    func spawnRunOwner(_ e: TraceEvent) -> String {
        guard let owner = e.string(EventField.runOwner), !owner.isEmpty else { return "" }
        return Phrase.evSpawnRunOwner.text(["owner": owner])
    }

    /// A child's start row when the OS parent (`ppid`) is the run's forkserver and multiprocessing's parent (the
    /// record's `parent_pid`, which the child's `parent_process()` and a Process's repr give) is another process:
    /// both pids, each said for what it is. Nil when they are the same, or the OS parent is not the forkserver.
    func forkserverChildStartedRow(_ e: TraceEvent) -> String? {
        guard let mp = e.int(EventField.parentPid), mp > 0, mp != Int64(e.ppid),
              timeline.process(pid: e.ppid)?.role == "forkserver" else { return nil }
        if let boot = bootBefore(e) {
            return Phrase.evStartedAfterBootForkserver.text(["process": e.process, "pid": e.pid, "ppid": e.ppid, "parent": mp,
                                                             "main": boot.string(EventField.main) ?? "?"])
        }
        return Phrase.evStartedChildForkserver.text(["process": e.process, "pid": e.pid, "ppid": e.ppid, "parent": mp])
    }
}
