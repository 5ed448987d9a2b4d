import TutorCore

extension StateQueries {
    /// What a JoinableQueue's join() waits for, counted from the records up to `step`: items put, task_done() calls,
    /// and, for each process (or thread) that took more items than it marked done, whether it has ended.
    struct UnfinishedItems: Equatable {
        /// A process or thread that took items off the queue and called task_done() fewer times.
        struct Taker: Equatable {
            let who: String
            let got: Int
            let done: Int
            let ended: Bool
        }
        let put: Int
        let done: Int
        let takers: [Taker]
        /// Items put that no get() took off the queue by then (a sentinel whose taker died first, round 18).
        var neverGot: Int = 0
        var unfinished: Int { put - done }
    }

    /// The figures of `queue` through `step`; nil unless some item is unfinished and at least one taker left items
    /// unmarked (a join() that simply has not been reached by the workers yet says nothing).
    static func unfinishedItems(of queue: String, through step: Int, in timeline: Timeline, state: RunState) -> UnfinishedItems? {
        let events = timeline.events
        guard events.indices.contains(step) else { return nil }
        var put = 0, done = 0
        var got: [String: Int] = [:], marked: [String: Int] = [:], order: [String] = [], names: [String: String] = [:]
        for e in events[...step] where e.object == queue {
            if e.is(.queuePut), e.string(EventField.error) == nil { put += 1 }
            if e.is(.queueTaskDone) {
                done += 1
                marked[who(e), default: 0] += 1
            }
            if e.is(.queueGet), e.string(EventField.error) == nil {
                let taker = who(e)
                if got[taker] == nil { order.append(taker) }
                got[taker, default: 0] += 1
                names[taker] = e.process
            }
        }
        let takers = order.compactMap { taker -> UnfinishedItems.Taker? in
            let took = got[taker] ?? 0, dones = marked[taker] ?? 0
            guard took > dones, let process = names[taker] else { return nil }
            let ended = state.processes.contains { $0.name == process } && !state.processes.contains { $0.name == process && $0.isAlive }
            return .init(who: taker, got: took, done: dones, ended: ended)
        }
        guard put > done, !takers.isEmpty else { return nil }
        return UnfinishedItems(put: put, done: done, takers: takers, neverGot: max(0, put - got.values.reduce(0, +)))
    }
}
