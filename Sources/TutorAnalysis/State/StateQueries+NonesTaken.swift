import TutorCore

extension StateQueries {
    /// One `None` put on a queue and the process that got it.
    struct NoneTaken: Equatable {
        let taker: String
        let gotAt: Int64
        let putter: String
        let putAt: Int64
    }

    /// The `None`s put on `queue` through `step` when every one of them was got by a process other than `waiter`
    /// (pid), in the order they were got; empty when no None was put, or one is still in the queue or was got by
    /// `waiter` itself. A consumer starved on that queue had no None left for it: the ones put went to the other
    /// consumers (round 33: two consumers, one None; r33_empty_then_one_sentinel).
    static func nonesTakenByOthers(queue: String, waiter: Int32, through step: Int, in events: [TraceEvent]) -> [NoneTaken] {
        guard step >= 0, step < events.count else { return [] }
        var puts: [(putter: String, at: Int64)] = []
        var taken: [NoneTaken] = []
        for e in events[...step] where e.object == queue && e.item == "None" {
            if e.is(.queuePut) {
                puts.append((e.process, e.t))
            } else if e.is(.queueGet) {
                guard e.pid != waiter, !puts.isEmpty else { return [] }
                let put = puts.removeFirst()     // a Queue is FIFO: the first None put is the first got
                taken.append(NoneTaken(taker: e.process, gotAt: e.t, putter: put.putter, putAt: put.at))
            }
        }
        return puts.isEmpty ? taken : []
    }
}
