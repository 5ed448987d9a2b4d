import TutorCore

extension StateQueries {
    /// A put on another process's copy of `queue` made by the same line of the program (round 10B,
    /// r10b_module_queue_spawn_hang: a Queue made at module level; under spawn the child ran the main module again and
    /// put on a Queue of its own, while the parent's get() waited on the original): the copy, who put on it, what, and
    /// the line, from the last such put before `step`. Nil when no other process made a queue at that line, or none
    /// was put on.
    static func putOnModuleCopy(of queue: String, before step: Int, in events: [TraceEvent]) -> (copy: String, putter: String, item: String, site: String)? {
        let end = min(step, events.count)
        guard let made = events[..<end].first(where: { $0.is(.queueCreate) && $0.object == queue }),
              let site = made.string(EventField.site) else { return nil }
        let copies = Set(events[..<end].lazy.filter { $0.is(.queueCreate) && $0.pid != made.pid && $0.object != queue
            && $0.string(EventField.site) == site }.compactMap(\.object))
        guard !copies.isEmpty,
              let put = events[..<end].last(where: { $0.is(.queuePut) && copies.contains($0.object ?? "") }) else { return nil }
        return (put.object ?? "?", put.process, put.string(EventField.item) ?? "…", site)
    }
}
