import TutorCore

extension StateQueries {
    /// How a ProcessPoolExecutor that started fewer workers than its max_workers started them, through `step`: each of
    /// its worker processes spawned inside one of its submit() calls (the thread's event just before the spawn is that
    /// executor's `future.submit`), none by fork. CPython (3.9+) starts a worker in submit() only while no worker counts
    /// as idle unless the start method is fork, where all max_workers start at the first submit() (gaps 28A).
    /// Nil when the record does not show that: another type, a fork worker, a spawn outside a submit, as many as max.
    public static func workersPerSubmit(executor: String, through step: Int, in events: [TraceEvent])
        -> (started: Int, submits: Int, max: Int, method: String)? {
        guard events.indices.contains(step),
              let create = events[...step].firstIndex(where: { $0.is(.executorCreate) && $0.object == executor }),
              events[create].objectType == "ProcessPoolExecutor", let max = events[create].int(EventField.maxWorkers) else { return nil }
        var started = 0, submits = 0
        var method: String?
        // The last event of each thread, to find the submit() a spawn happened in.
        var lastOf: [String: Int] = [:]
        for i in create...step {
            let e = events[i]
            let thread = "\(e.pid)|\(e.thread)"
            defer { lastOf[thread] = i }
            if e.is(.futureSubmit), e.object == executor { submits += 1; continue }
            guard e.is(.processSpawn), e.string(EventField.executor) == executor else { continue }
            guard let m = e.string(EventField.method), m != "fork", method == nil || method == m,
                  let before = lastOf[thread], events[before].is(.futureSubmit), events[before].object == executor else { return nil }
            method = m
            started += 1
        }
        guard let method, started < max else { return nil }
        return (started, submits, Int(max), method)
    }
}
