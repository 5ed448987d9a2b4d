import TutorCore

extension TimelineBuilder {
    /// The worker threads a ThreadPool's constructor started, keyed "pid|thread name", with the pool's label and
    /// each thread's place among them (gaps 22A). `Pool.__init__` stamps `pool.create`, then `_repopulate_pool` starts
    /// the workers (target `worker`) on the same thread, before its `_handle_workers` thread: a `worker` thread
    /// started there is that pool's (the sign `StateQueries.isThreadPool` reads). Gaps 24B: a replacement a
    /// ThreadPool's worker handler starts (maxtasksperchild) is started on that handler's thread; the handler is the
    /// pool's whose constructor started it, and the replacement takes the pool's next number.
    static func threadPoolWorkers(_ events: [TraceEvent], _ kinds: EventKindIndex) -> [String: (String, Int)] {
        let creates = kinds.indices(of: [.poolCreate])
        guard !creates.isEmpty else { return [:] }
        var found: [String: (String, Int)] = [:]
        var count: [String: Int] = [:]
        var handlers: [String: String] = [:]            // "pid|handler thread name" → the pool whose constructor started it
        for i in kinds.indices(of: [.threadStart]) {
            let e = events[i]
            if let name = e.name, name.contains("_handle_workers"),
               let made = creates.last(where: { $0 < i && events[$0].pid == e.pid && events[$0].thread == e.thread }),
               let pool = events[made].object, count[pool] != nil {
                handlers["\(e.pid)|\(name)"] = pool
                continue
            }
            guard e.string(EventField.target) == "worker", let name = e.name else { continue }
            // a replacement: started by a ThreadPool's worker handler whose first workers were found above
            if let pool = handlers["\(e.pid)|\(e.thread)"] {
                count[pool, default: 0] += 1
                found["\(e.pid)|\(name)"] = (pool, count[pool] ?? 1)
                continue
            }
            guard let made = creates.last(where: { $0 < i && events[$0].pid == e.pid && events[$0].thread == e.thread }),
                  let pool = events[made].object else { continue }
            // the constructor's worker starts come before its handler threads: a worker after them is not its own
            let handlerBefore = events[(made + 1)..<i].contains {
                $0.is(.threadStart) && $0.pid == e.pid && $0.thread == e.thread && ($0.name ?? "").contains("_handle_workers")
            }
            guard !handlerBefore else { continue }
            count[pool, default: 0] += 1
            found["\(e.pid)|\(name)"] = (pool, count[pool] ?? 1)
        }
        return found
    }
}
