import TutorCore

/// Gaps 35B (round 34F's leftover): a Queue item whose putter ended before the queue's feeder thread wrote it. put()
/// only appends the item to a buffer of the putting process; its feeder thread, a thread of that process, pickles it
/// and writes it to the pipe later. A process that ends without joining its feeder (os._exit, a signal) ends the
/// feeder too, and what it had not written never reaches the pipe.
///
/// The record shows it at a get that has to wait with `in_flight`: the tracer saw, holding the queue's read lock, that
/// items were counted as put and the pipe held no byte. No item the state still holds is in the pipe then; those whose
/// putter had already ended can never come, and the panel says they were lost with it instead of listing them.
public extension RunState {
    /// An item lost with the process that put it.
    struct LostItem: Sendable, Equatable {
        public var repr: String
        /// Who put it ("indexer", "Process-1/Thread-2") and how that process ended.
        public var putBy: String
        public var exitCode: Int64?
        /// `os._exit` when the record says the process ended by it.
        public var via: String?
        /// Gaps 36B: why its feeder may have stopped before writing it.
        public var cut: FeederCut? = nil
    }
}

extension RunState {
    /// At a get's `in_flight` wait on queue `q`: every item still held whose putter has ended is lost (see above).
    mutating func loseUnwritten(_ q: Int) {
        // gaps 36B: only a putter whose end did not join its feeder (a normal exit did: its items reached the pipe, and
        // another reader's get row may simply come later in the record)
        let ended = queues[q].items.filter { feederCut(of: $0, in: queues[q]) != nil }
        guard !ended.isEmpty else { return }
        for item in ended {
            let process = processIndex(item.putPid).map { processes[$0] }
            queues[q].lost.append(.init(repr: item.repr, putBy: item.putBy, exitCode: process?.exitCode, via: process?.exitVia,
                                        cut: feederCut(of: item, in: queues[q])))
        }
        queues[q].items.removeAll { item in ended.contains { $0.putEvent == item.putEvent } }
    }

    /// A get of `repr` when no held item is `repr` but a lost one is: it reached the pipe after all (another reader's
    /// get row can be stamped after the wait that found the pipe empty), so it is taken from the lost ones.
    mutating func foundLost(_ repr: String?, in q: Int) -> Bool {
        guard let repr, !queues[q].items.contains(where: { $0.repr == repr }),
              let i = queues[q].lost.firstIndex(where: { $0.repr == repr }) else { return false }
        queues[q].lost.remove(at: i)
        return true
    }
}
