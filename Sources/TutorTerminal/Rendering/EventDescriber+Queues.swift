import TutorCore
import TutorAnalysis

extension EventDescriber {
    /// A get that waits for an item whose put() began but has not reached the pipe. The putter's feeder thread writes
    /// it, unless every process that put on the queue has ended before this wait: then the feeder ended with it (a
    /// process that called cancel_join_thread(), or was killed) and what it had not written will never come.
    func inFlightGetWait(_ index: Int, object: String) -> String {
        guard let putters = endedPutters(before: index) else { return Phrase.evQueueWaitInFlight.text(["object": object]) }
        return Phrase.evQueueWaitInFlightEnded.text(["object": object, "putters": putters.joined(separator: Phrase.evComma.text())])
    }

    /// A get that found only part of an item in the pipe (round 6B: a writer terminated in the middle of an item): the
    /// rest comes from the putter's feeder thread, unless every process that put on the queue had ended.
    func partialGetWait(_ index: Int, object: String) -> String {
        guard let putters = endedPutters(before: index) else { return Phrase.evQueueWaitPartial.text(["object": object]) }
        return Phrase.evQueueWaitPartialEnded.text(["object": object, "putters": putters.joined(separator: Phrase.evComma.text())])
    }

    /// The processes that put on the queue of the wait at `index` before it, when there were some, the waiter is not one,
    /// and every one had ended by the wait; nil otherwise. A put is recorded when it returns, so a put that began before
    /// the wait and returned after it (round 17, r17_random_seed_before_start: its item was the one in flight) counts too.
    private func endedPutters(before index: Int) -> [String]? {
        let events = timeline.events, wait = events[index]
        var putters: [(pid: Int32, name: String)] = []
        for (i, e) in events.enumerated() where e.is(.queuePut) && e.object == wait.object && !putters.contains(where: { $0.pid == e.pid }) {
            guard i < index || e.t - max(0, e.int(EventField.waitedNs) ?? 0) <= wait.t else { continue }
            putters.append((e.pid, e.process))
        }
        let allEnded = putters.allSatisfy { putter in timeline.process(pid: putter.pid)?.endT.map { $0 <= wait.t } ?? false }
        guard !putters.isEmpty, !putters.contains(where: { $0.pid == wait.pid }), allEnded else { return nil }
        return putters.map(\.name)
    }
}

extension EventDescriber {
    /// A join of a Queue's feeder thread that has to wait: at exit (the queue's finalizer) or in join_thread().
    func feederWait(_ e: TraceEvent, object: String, at index: Int) -> String {
        let left = max(0, e.int(EventField.left) ?? 0)
        // holding the write lock with nothing left, after a get emptied the queue since this process's last put: every
        // item it put had been written (and read); its feeder is between its last write and the lock's release (round 20)
        if e.bool(EventField.writing) == true, left == 0, let got = drainedAfterLastPut(index, object: e.object, pid: e.pid) {
            return (e.bool(EventField.atExit) == true ? Phrase.evFeederWrittenAtExit : Phrase.evFeederWritten)
                .text(["object": object, "t": Format.seconds(got)])
        }
        // the write lock is shared by every process using the queue: `writing` says this process holds it (its
        // feeder is writing), `lock_elsewhere` that another process's feeder does (this one waits for it)
        let what = e.bool(EventField.writing) == true
            ? (left > 0 ? Phrase.evFeederWritingAndMore.text(["n": left]) : Phrase.evFeederWriting.text())
            : e.bool(EventField.lockElsewhere) == true
            ? Phrase.evFeederLockElsewhere.text(["items": left > 0 ? Self.feederItems(left) : Phrase.evFeederTakenItem.text()])
            : Self.feederItems(left)
        return (e.bool(EventField.atExit) == true ? Phrase.evFeederWaitAtExit : Phrase.evFeederWait).text(["object": object, "what": what])
    }

    /// "1 item" / "3 items" (gaps 28D: was "1 item(s)").
    static func feederItems(_ n: Int64) -> String {
        (n == 1 ? Phrase.evFeederItemsOne : .evFeederItemsMany).text(["n": n])
    }
}

extension EventDescriber {
    /// Whether the event that ends a wait (a queue get) comes right after that wait began on its own thread: the
    /// nearest earlier event of the thread is a `queue.wait` on the same object. Looks back a bounded number of
    /// events (the answer is then "no", which only makes the row say how long the call took, always true).
    func followsItsWait(_ index: Int) -> Bool {
        let e = timeline.events[index]
        guard let i = previousOnThread(index, window: 4_096) else { return false }
        return timeline.events[i].is(.queueWait) && timeline.events[i].object == e.object
    }
}

extension EventDescriber {
    /// The rows of a Queue's end of life: close(), cancel_join_thread(), join_thread(), a put() or get() after close(),
    /// and a JoinableQueue's task_done() that raised.
    func queueClosingRow(_ e: TraceEvent, _ object: String) -> String {
        let error = e.string(EventField.error) ?? Phrase.evAnException.text()
        switch e.known {
        case .queueClose where e.bool(EventField.simple) == true:
            return Phrase.evQueueCloseSimple.text(["object": object])
        case .queueClose:
            return (e.bool(EventField.feeder) == true ? Phrase.evQueueCloseFeeder : .evQueueClose).text(["object": object])
        case .queueCancelJoin:
            return Phrase.evQueueCancelJoin.text(["object": object])
        case .queueJoinThread where e.string(EventField.error) != nil:
            return Phrase.evQueueJoinThreadRaised.text(["object": object, "error": error])
        case .queueJoinThread:
            return (e.bool(EventField.feeder) == false ? Phrase.evQueueJoinThreadNone : .evQueueJoinThread)
                .text(["object": object, "waited": waited(e)])
        case .queueError:
            return Phrase.evQueueClosedError.text(["object": object, "op": e.op ?? "put"])
        case .queueTaskDoneError:
            return Phrase.evTaskDoneRaised.text(["object": object, "error": error])
        default:
            return e.kind
        }
    }
}

private extension EventDescriber {
    /// The time of the last `queue.get` of `object` before `index` when it left the queue empty (`depth` 0) and no put
    /// of it came after that get: nothing anyone put was still unread, so no feeder had an item left to write. Looks
    /// back a bounded number of events (nil then: the old words).
    func drainedAfterLastPut(_ index: Int, object: String?, pid: Int32) -> Int64? {
        guard let object else { return nil }
        var i = index - 1
        let stop = max(0, index - 4_096)
        while i >= stop {
            let e = timeline.events[i]
            if e.object == object, let kind = e.known, kind == .queuePut || kind == .queueGet {
                guard kind == .queueGet, e.int(EventField.depth) == 0 else { return nil }
                // the process itself must have put something before (else its feeder wrote nothing here)
                return timeline.events[stop..<i].contains { $0.is(.queuePut) && $0.pid == pid && $0.object == object } ? e.t : nil
            }
            i -= 1
        }
        return nil
    }
}
