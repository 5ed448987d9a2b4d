import TutorCore

extension StateQueries {
    /// Whether the `pool.create` at `index` made a ThreadPool (`multiprocessing.dummy.Pool()`): the event has no field for
    /// it, but the constructor that stamped it goes on to start its workers, on the same thread and before its
    /// `_handle_workers` thread: threads whose target is `worker` for a ThreadPool, `…PoolWorker-N` processes for a Pool
    /// (the same sign `boundMethodPickled` reads). False when the record does not show which.
    public static func isThreadPool(created index: Int, in events: [TraceEvent]) -> Bool {
        guard events.indices.contains(index), events[index].is(.poolCreate) else { return false }
        let made = events[index]
        var seen = 0
        for e in events[(index + 1)...] where e.pid == made.pid && e.thread == made.thread {
            if e.is(.processSpawn) && (e.name ?? "").contains("PoolWorker") { return false }
            if e.is(.threadStart) {
                if e.string(EventField.target) == "worker" { return true }
                if (e.name ?? "").contains("_handle_workers") { return false }
            }
            seen += 1
            if seen > 64 { return false }   // the constructor starts them at once; a later thread is not its worker
        }
        return false
    }

    /// The labels of the run's ThreadPools (see `isThreadPool`).
    public static func threadPools(in timeline: Timeline) -> Set<String> {
        Set(timeline.indices(of: .poolCreate).filter { isThreadPool(created: $0, in: timeline.events) }
            .compactMap { timeline.events[$0].object })
    }
}
