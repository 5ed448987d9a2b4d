import TutorCore

extension StateQueries {
    /// The `executor.init.end` whose raise broke the ThreadPoolExecutor at `broken` (gaps 31B): in 3.11 the worker thread
    /// whose initializer raised calls `_initializer_failed()` itself, so it is that same thread's last `executor.init.end`
    /// before the break, and it failed (`ok: false`). Nil when the record does not show it (an older tracer, a lost event).
    public static func threadInitializerFailure(before broken: Int, in events: [TraceEvent]) -> Int? {
        guard events.indices.contains(broken), events[broken].is(.executorBroken) else { return nil }
        let b = events[broken]
        guard let end = events[..<broken].lastIndex(where: { $0.is(.executorInitEnd) && $0.pid == b.pid && $0.thread == b.thread }),
              events[end].ok == false else { return nil }
        return end
    }

    /// Whether the executor labelled `object` is a ThreadPoolExecutor (its `executor.create`'s type).
    public static func isThreadPool(_ object: String?, in events: [TraceEvent]) -> Bool {
        guard let object else { return false }
        return events.first { $0.is(.executorCreate) && $0.object == object }?.objectType == "ThreadPoolExecutor"
    }
}
