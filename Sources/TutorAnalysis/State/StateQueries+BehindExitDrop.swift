import TutorCore

extension StateQueries {
    /// The `queue.put` steps whose items never reached the queue's pipe because the feeder thread of the process that
    /// put them met an item it could not pickle while that process was exiting (gaps 36A). `Queue._feed` then logs the
    /// error and returns (`is_exiting()`), so what was behind the dropped item in the feeder's buffer is lost with the
    /// thread; the record shows it as a `queue.put.dropped` after that process's at-exit `queue.feeder.wait` on the
    /// same queue. An item put before the dropped one was written first and is not counted here.
    static func putsBehindExitDrops(in timeline: Timeline) -> Set<Int> {
        let events = timeline.events
        let drops = timeline.indices(of: .queuePutDropped)
        guard !drops.isEmpty else { return [] }
        var behind: Set<Int> = []
        for d in drops {
            let drop = events[d]
            let exiting = timeline.indices(of: .queueFeederWait).contains { w in
                w < d && events[w].pid == drop.pid && events[w].object == drop.object && events[w].bool(EventField.atExit) == true
            }
            guard exiting else { continue }
            // the dropped item's own put: the latest put of that item by that process before the drop (its age when
            // stamped says which; without it, every put of that process on that queue before the drop is doubtful)
            let since = drop.int(EventField.sincePutNs)
            let own = timeline.indices(of: .queuePut).last { p in
                p < d && events[p].pid == drop.pid && events[p].object == drop.object && events[p].item == drop.item
            }
            for p in timeline.indices(of: .queuePut) where p < d && events[p].pid == drop.pid && events[p].object == drop.object {
                if let own, since != nil { if p > own { behind.insert(p) } } else { behind.insert(p) }
            }
        }
        return behind
    }
}
