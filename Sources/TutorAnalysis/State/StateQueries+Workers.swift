import TutorCore

extension StateQueries {
    /// A pool none of whose workers ever got through its initializer: no task started, and every worker that
    /// ended, ended in the initializer (at least one did; `failed` counts also those whose exit is not seen yet). `replaced`: the workers its `start()` began beyond the pool's size.
    /// Nil when the state does not show exactly that (the pool's size unrecorded included).
    static func initializerDeaths(of pool: RunState.Pool) -> (failed: Int, replaced: Int)? {
        // A worker whose initializer raised may still be alive (its exit not seen yet): it is dying, not working.
        let dying = pool.workers.filter { pool.initFailed.contains($0.name) }.count
        guard pool.tasksStarted == 0, pool.initsDone == 0, pool.initsFailed > 0, let size = pool.size,
              pool.workersStarted - pool.workers.count == pool.initsFailed - dying else { return nil }
        return (pool.initsFailed, max(0, pool.workersSpawned - Int(size)))
    }

    /// The names of the worker processes a ProcessPoolExecutor started up to `step`, when there is at least one and
    /// every one of them has ended in `state` (the state after `step`); nil otherwise (a worker alive, or started
    /// and not yet seen running: then it may still take work).
    /// Did `shutdown(cancel_futures=True)` cancel work item `work` of `executor` up to `step` (a `future.cancel` with
    /// `call: "shutdown()"` and `ok` true), with no start of that item in the record before it?
    public static func cancelledByShutdown(_ executor: String, work: Int64, through step: Int, in timeline: Timeline) -> Bool {
        let events = timeline.events
        guard events.indices.contains(step),
              let cancel = events[...step].firstIndex(where: { $0.is(.futureCancel) && $0.object == executor && $0.work == work
                                                               && $0.ok == true && $0.string(EventField.call) == "shutdown()" })
        else { return false }
        let owner = ExecutorFigures.owners(timeline, labels: [executor])
        return !events[..<cancel].indices.contains { events[$0].is(.futureStart) && events[$0].work == work && owner[$0] == executor }
    }

    static func executorWorkersEnded(_ executor: String, through step: Int, in timeline: Timeline, state: RunState) -> [String]? {
        let events = timeline.events
        guard events.indices.contains(step) else { return nil }
        var names: [String] = []
        for e in events[...step] where e.is(.processSpawn) && e.string(EventField.executor) == executor {
            guard let pid = e.childPid, let process = state.processes.last(where: { $0.pid == pid }), !process.isAlive else { return nil }
            names.append(process.name)
        }
        return names.isEmpty ? nil : names
    }
}
