import TutorCore

/// Round 24 (r24_results_queue_join_first): a child blocked at exit joining its queue's feeder thread, where that feeder
/// had written nothing because it waited for the queue's write lock. The join-timeout note said the feeder "can write
/// no more than the pipe holds", true of the feeder that held the lock, not of this one.
extension GenericRules {
    /// When `pid`'s feeder thread began its still unanswered wait for `label`'s write lock (`queue.wlock.wait` with no
    /// `queue.wlock.waited` after it before `index`); nil when it was not waiting for it then.
    func wlockWaitSince(_ pid: Int32, _ label: String, before index: Int) -> Int64? {
        var since: Int64?
        for i in timeline.indices(of: .queueWlockWait, .queueWlockWaited) where i < index {
            let e = events[i]
            guard e.pid == pid, e.object == label else { continue }
            since = e.is(.queueWlockWait) ? e.t : nil
        }
        return since
    }

    /// " (worker-1's feeder thread was writing an item into the pipe then)" when exactly one other process was, at
    /// `index`, waiting at exit for its feeder of `label` while that feeder was writing an item (writing holds the write
    /// lock); "" otherwise: the record then does not name the holder.
    func wlockWriter(besides pid: Int32, _ label: String, before index: Int) -> String {
        var writing: [Int32: String] = [:]
        for i in timeline.indices(of: .queueFeederWait, .queueFeederWaited) where i < index {
            let e = events[i]
            guard e.pid != pid, e.object == label else { continue }
            if e.is(.queueFeederWait), e.bool(EventField.writing) == true { writing[e.pid] = e.process } else { writing[e.pid] = nil }
        }
        guard writing.count == 1, let who = writing.values.first else { return "" }
        return Phrase.noteJoinGaveUpWlockHolder.text(["who": who])
    }
}
