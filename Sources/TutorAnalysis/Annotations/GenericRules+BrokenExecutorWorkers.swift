import TutorCore

extension GenericRules {
    /// The pids of the worker processes `executor` started before step `before` (its `process.spawn` events name it), or
    /// nil when the record names no executor on its spawns (older tracers): then every worker is taken as it was.
    /// Round 34F: a script that makes a fresh ProcessPoolExecutor after the first one broke (r34f_executor_oom_retry) got,
    /// on the third executor's break, the workers that had died inside the first and second executors' work items too.
    func executorWorkerPids(_ executor: String, before: Int) -> Set<Int32>? {
        var pids: Set<Int32> = []
        var named = false
        for at in timeline.indices(of: .processSpawn) where at < before {
            let e = events[at]
            guard let owner = e.string(EventField.executor) else { continue }
            named = true
            if owner == executor, let pid = e.int(EventField.childPid).map(Int32.init) { pids.insert(pid) }
        }
        return named ? pids : nil
    }
}
