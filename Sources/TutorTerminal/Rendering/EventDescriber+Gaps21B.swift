import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// A spawn or forkserver child's `process.boot` (gaps 21B): it is up and imports the program's file as `__mp_main__`
    /// before run(), so the module-level rows under it (a lock, a print) are that import's, not run()'s.
    func childBootRow(_ e: TraceEvent) -> String {
        let values: KeyValuePairs<String, any CustomStringConvertible> = [
            "process": e.string(EventField.name) ?? e.process, "pid": e.pid, "main": e.string(EventField.main) ?? "?",
        ]
        switch e.method {
        case "spawn": return Phrase.evChildBootSpawn.text(values)
        case "forkserver": return Phrase.evChildBootForkserver.text(values)
        default: return Phrase.evChildBootOther.text(values)
        }
    }

    /// The `process.boot` of `e`'s process stamped before `e` (gaps 21B), if any: its start row then says that run()
    /// begins, after the import the boot row announced, so the two rows do not both say the process started.
    func bootBefore(_ e: TraceEvent) -> TraceEvent? {
        for i in timeline.indices(of: .processBoot) {
            let boot = timeline.events[i]
            if boot.pid == e.pid, boot.t <= e.t { return StateQueries.isBareBoot(i, in: timeline) ? nil : boot }
        }
        return nil
    }

    /// ": its target countdown is a generator function …" for a run() whose target only made a generator, a coroutine or
    /// an async generator (`target_makes`, gaps 21B); "" otherwise. The target is named by its parent's start row.
    func targetMadeWords(_ e: TraceEvent) -> String {
        guard let makes = e.string(EventField.targetMakes) else { return "" }
        var target: String?
        for i in timeline.indices(of: .processSpawn) {
            let spawn = timeline.events[i]
            guard spawn.t <= e.t else { break }
            if spawn.childPid == e.pid { target = spawn.string(EventField.target) }
        }
        let values: KeyValuePairs<String, any CustomStringConvertible> = ["target": target ?? "?"]
        switch makes {
        case "generator": return Phrase.evRunTargetMadeGenerator.text(values)
        case "coroutine": return Phrase.evRunTargetMadeCoroutine.text(values)
        case "async_generator": return Phrase.evRunTargetMadeAsyncGenerator.text(values)
        default: return ""
        }
    }

    /// Why a daemon may not start a process (gaps 21B), after the first "start() of … failed: AssertionError: daemonic
    /// processes are not allowed to have children" of each process; its later ones carry CPython's message alone.
    func daemonNoChildrenWhy(_ e: TraceEvent) -> String {
        guard e.op == "start", let error = e.string(EventField.error), error.hasSuffix(Self.daemonNoChildren) else { return "" }
        for i in timeline.indices(of: .processError) {
            let earlier = timeline.events[i]
            guard earlier.t < e.t || (earlier.t == e.t && earlier.seq < e.seq) else { break }
            if earlier.pid == e.pid, earlier.op == "start", earlier.string(EventField.error)?.hasSuffix(Self.daemonNoChildren) == true {
                return ""
            }
        }
        return Phrase.evDaemonNoChildrenWhy.text()
    }

    /// CPython's message (`process.py`'s assertion in `start()`).
    static let daemonNoChildren = "daemonic processes are not allowed to have children"
}
