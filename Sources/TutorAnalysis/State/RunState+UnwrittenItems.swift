import TutorCore

/// Gaps 36B (gaps 35B's leftovers): when may a Queue item have been left unwritten by its putter's feeder thread?
///
/// put() hands the item to the queue's feeder thread, a thread of the putting process. A process that ends normally
/// (run() returned or raised, sys.exit(), the end of its script) runs multiprocessing's exit cleanup, which joins that
/// feeder: every item it put reached the pipe first (CPython 3.11 `queues.py` `_finalize_join`, `util._exit_function`).
/// The feeder may stop short only when the process ended without that join (os._exit(), a signal), when the program
/// called cancel_join_thread() on the queue in that process, or when the feeder, already at the exit, met an item it
/// could not pickle (`_feed` returns there once `is_exiting()`, leaving what follows unwritten).
public extension RunState {
    /// Why a putter's feeder may have stopped before writing all it was given.
    enum FeederCut: Sendable, Equatable {
        /// The process ended by os._exit(): no exit cleanup, no join of its feeder.
        case osExit
        /// A signal ended it (SIGKILL, SIGTERM, …): no exit cleanup.
        case signal
        /// cancel_join_thread() was called on this queue in that process: its exit did not wait for the feeder.
        case cancelJoin
        /// Its feeder, joined at the exit, met an item it could not pickle and stopped there.
        case droppedAtExit
    }

    /// The items held in `queue` that may never have been written: their putter has ended, in a way that does not
    /// ensure its feeder wrote them (above). The record cannot tell whether the feeder did before the process ended,
    /// until a get() finds the pipe empty (then `lost`) or takes one. Said as a lost item is, with the putter's end.
    func unsureItems(_ queue: Queue) -> [LostItem] {
        queue.items.compactMap { item in
            guard let cut = feederCut(of: item, in: queue) else { return nil }
            let process = processIndex(item.putPid).map { processes[$0] }
            return LostItem(repr: item.repr, putBy: item.putBy, exitCode: process?.exitCode, via: process?.exitVia, cut: cut)
        }
    }

    /// The items `queue` surely holds: all but the unsure ones.
    func surelyHeld(_ queue: Queue) -> [Queue.Item] {
        queue.items.filter { feederCut(of: $0, in: queue) == nil }
    }
}

extension RunState {
    /// Why the feeder of `item`'s putter may have left it unwritten, or nil when the record shows that process alive or
    /// ended in a way that joined its feeder (then the item reached the pipe).
    func feederCut(of item: Queue.Item, in queue: Queue) -> FeederCut? {
        guard item.putPid != 0, let p = processIndex(item.putPid), let code = processes[p].exitCode else { return nil }
        if let cut = queue.feederCut[item.putPid] { return cut }
        if processes[p].exitVia?.contains("os._exit") == true { return .osExit }
        // a hand fork's uncaught KeyboardInterrupt ends by SIGINT after its exit cleanup (-2): its feeder was joined
        if code < 0, processes[p].exitVia != "uncaught KeyboardInterrupt" { return .signal }
        return nil
    }

    /// A feeder that could not pickle an item: once its process is exiting (its join at exit seen), `_feed` returns
    /// there and writes nothing after it.
    mutating func feederDropped(by pid: Int32, in q: Int) {
        guard queues[q].feederJoinedAtExit.contains(pid), queues[q].feederCut[pid] == nil else { return }
        queues[q].feederCut[pid] = .droppedAtExit
    }
}
