import TutorCore

extension GenericRules {
    /// Whether `executor` had a worker process other than `dead` that was started before step `before` and had not
    /// ended by then: the workers `terminate_broken()` would stop when the executor breaks. A record whose
    /// `process.spawn` rows do not name their executor (older transcripts) cannot tell: true, the older wording.
    func otherWorkerAlive(executor: String, besides dead: Set<Int32>, before: Int) -> Bool {
        var started: Set<Int32> = []
        var named = false
        for at in timeline.indices(of: .processSpawn) where at < before {
            let e = events[at]
            guard e.string(EventField.executor) == executor, let pid = e.int(EventField.childPid).map(Int32.init) else { continue }
            named = true
            if !dead.contains(pid) { started.insert(pid) }
        }
        guard named else { return true }
        guard !started.isEmpty else { return false }
        for at in timeline.indices(of: .processExit, .processReaped) where at < before {
            let e = events[at]
            let pid = e.is(.processReaped) ? e.int(EventField.childPid).map(Int32.init) : e.pid
            if let pid { started.remove(pid) }
        }
        return !started.isEmpty
    }
}
