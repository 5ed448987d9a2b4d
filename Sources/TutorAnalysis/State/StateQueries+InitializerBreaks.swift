import TutorCore

extension StateQueries {
    /// The `executor.init.end` steps before `broken` (an `executor.broken`) whose initializer raised (`ok: false`) in a
    /// child of the executor's process, a child that then ended (its own `process.exit` before `broken`) without
    /// starting a work item: the workers a ProcessPoolExecutor lost to its initializer. In 3.11 such a worker logs
    /// "Exception in initializer" and returns from its loop, and the manager thread, seeing a worker gone, marks the
    /// executor broken. Empty when the record shows no such worker.
    static func initializerFailures(before broken: Int, in events: [TraceEvent]) -> [Int] {
        guard events.indices.contains(broken), events[broken].is(.executorBroken) else { return [] }
        let owner = events[broken].pid
        let window = events[..<broken]
        let ended = Set(window.lazy.filter { $0.is(.processExit) }.map(\.pid))
        let working = Set(window.lazy.filter { $0.is(.futureStart) }.map(\.pid))
        var seen = Set<Int32>()
        return window.indices.filter { i in
            let e = events[i]
            guard e.is(.executorInitEnd), e.ok == false, e.ppid == owner, ended.contains(e.pid), !working.contains(e.pid) else { return false }
            return seen.insert(e.pid).inserted
        }
    }
}
