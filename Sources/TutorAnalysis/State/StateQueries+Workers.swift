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
