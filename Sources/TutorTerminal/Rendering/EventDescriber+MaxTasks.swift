import TutorCore
import TutorAnalysis

/// A Pool's maxtasksperchild (round 24S, r24s_pool_recycle_ctrl_c): the tracer recorded it on `pool.create` and no row
/// said it, so a worker's "run() returned" in the middle of a run, and a third worker of a two-worker pool, went unexplained.
extension EventDescriber {
    /// " · maxtasksperchild=2: …" for a Pool made with a limit; "" without one (or a record without the field).
    func poolCreateMaxTasks(_ e: TraceEvent) -> String {
        guard let limit = e.int(EventField.maxTasksPerChild), limit > 0 else { return "" }
        return Phrase.evPoolCreateMaxTasks.text(["n": limit])
    }

    /// ": it had run 2 tasks, …" on the run() end of a Pool worker that returned after exactly its pool's
    /// maxtasksperchild tasks: CPython's worker loop tests `completed < maxtasks` before each get, so a worker that
    /// completed that many leaves without reading another task (a sentinel ends one that completed fewer).
    func maxTasksEnd(_ e: TraceEvent) -> String {
        guard e.string(EventField.raised) == nil, (e.int(EventField.runExitCode) ?? e.exitCode ?? 0) == 0,
              let pool = timeline.poolOfWorker[e.pid],
              let create = timeline.indices(of: .poolCreate).first(where: { timeline.events[$0].object == pool }),
              let limit = timeline.events[create].int(EventField.maxTasksPerChild), limit > 0 else { return "" }
        let ran = timeline.indices(of: .taskStart).reduce(0) { $0 + (timeline.events[$1].pid == e.pid ? 1 : 0) }
        guard ran == limit else { return "" }
        return Phrase.evRunMaxTasks.text(["n": limit, "pool": pool])
    }
}
