import TutorCore

extension GenericRules {
    /// A `join(timeout)` that gave up says why the child was still running when the state model shows it blocked:
    /// in the docs' "joining processes that use queues" pitfall, the child waits to put on a full queue that only
    /// the joining process would read (round 9B, r9b_bounded_queue_join_first).
    func joinTimeoutCauses() -> [Note] {
        var notes: [Note] = []
        for index in timeline.indices(of: .processJoin) where events[index].bool(EventField.timedOut) == true {
            guard notes.count < Self.perRule else { break }
            let e = events[index]
            guard let call = StateQueries.childBlockedAtJoinTimeout(index, in: replayer) else {
                if let made = inSend(index) ?? stopped(index) { notes.append(made) }
                continue
            }
            var text = Phrase.noteJoinGaveUpChildBlocked.text([
                "name": e.name ?? call.process, "t": Format.seconds(call.since),
                "duration": Format.duration(ns: e.t - call.since), "what": call.what,
            ])
            if case .queuePut = call.target { text += Phrase.noteJoinGaveUpFullQueue.text() }
            if case .queueGet(let label) = call.target, let empty = emptiedQueue(label, at: index) { text += empty }
            if StateQueries.isFeederJoinAtExit(call), let unread = unreadAtExit(call, at: index) { text += unread }
            var premise = NotePremise.childBlockedAtJoin(step: index, childPid: call.pid, since: call.since)
            if let kept = keptLock(call, at: index) {
                text += kept.text
                premise = .all([premise, kept.premise])
            }
            if let (cycle, members) = deadlock(call, at: index) {
                text += cycle
                premise = .all([premise, .waitCycle(step: index, members: members)])
            }
            if let made = note(index, .joinGaveUpChildBlocked, text, premise: premise) { notes.append(made) }
        }
        return notes
    }

    /// " Queue#1 was empty then: all 11 items put on it had been got (…). A consumer needs an end signal …" when the
    /// child waits to get from a queue the state model shows empty at the join's give-up, every item put having been got
    /// (r15_consumers_sentinel_short_terminate: three consumers, two None); nil otherwise.
    private func emptiedQueue(_ label: String, at index: Int) -> String? {
        guard let queue = replayer.state(after: index).queues.first(where: { $0.label == label }), queue.items.isEmpty else { return nil }
        var puts = 0, gets = 0
        var takers: [(who: String, n: Int)] = []
        var putters: [Int32] = []
        for i in timeline.indices(of: .queuePut, .queueGet) where i < index && events[i].object == label {
            let e = events[i]
            if e.is(.queuePut) {
                puts += 1
                if !putters.contains(e.pid) { putters.append(e.pid) }
                continue
            }
            guard e.item != nil else { continue }
            gets += 1
            if let t = takers.firstIndex(where: { $0.who == e.process }) { takers[t].n += 1 } else { takers.append((e.process, 1)) }
        }
        guard puts > 0, puts == gets else { return nil }
        let list = takers.map { Phrase.noteJoinGaveUpQueueTaker.text(["who": $0.who, "n": $0.n]) }.joined(separator: Phrase.listSeparator.text())
        let empty = Phrase.noteJoinGaveUpQueueEmpty.text(["queue": label, "n": puts, "takers": list])
        return empty + (puttersEnded(putters, of: label, before: index) ?? Phrase.hangStarvedAdvice.text())
    }

    /// " Every process that put on Queue#2 had ended by then (squarer exited with code 1 at 1.325 s) …" when each
    /// process that put on the queue before the join gave up had exited: the consumer's end signal had no sender
    /// left (r16_pipeline_stage_crash: the middle stage raised before forwarding its None); nil otherwise.
    private func puttersEnded(_ putters: [Int32], of label: String, before index: Int) -> String? {
        var ended: [String] = []
        for pid in putters {
            guard let exit = timeline.indices(of: .processExit).first(where: { $0 < index && events[$0].pid == pid }) else { return nil }
            let e = events[exit]
            ended.append(Phrase.noteJoinGaveUpPutterExited.text([
                "who": e.process, "code": e.exitCode.map(String.init) ?? "?", "t": Format.seconds(e.t),
            ]))
        }
        guard !ended.isEmpty else { return nil }
        return Phrase.noteJoinGaveUpPuttersEnded.text(["queue": label, "ended": ended.joined(separator: Phrase.listSeparator.text())])
    }

    /// " It was in a deadlock: phil-0 holds Lock#1 and waits to acquire Lock#2, …" when the state model shows the
    /// child's wait in a circle of waits at the join's give-up (r16_philosophers_deadlock_ordered); nil otherwise.
    private func deadlock(_ call: BlockedCall, at index: Int) -> (text: String, members: [String])? {
        let state = replayer.state(after: index)
        guard let cycle = StateQueries.waitCycle(through: call.who, in: state) else { return nil }
        let parts = cycle.map { c -> String in
            let held = state.locks.filter { $0.holders.contains { $0.who == c.who } }.map(\.label)
            // one phrase per part: the Chinese joins "并且" and the wait without a space
            return held.isEmpty ? Phrase.noteCyclePart.text(["who": c.who, "what": c.what])
                : Phrase.noteCyclePartHolds.text(["who": c.who, "held": held.joined(separator: Phrase.listComma.text()), "what": c.what])
        }
        return (Phrase.noteJoinGaveUpDeadlock.text(["parts": parts.joined(separator: Phrase.listSeparator.text())]), cycle.map(\.who))
    }

    /// " 6 items w0 put on Queue#1 were still unread (the first, …): …" when the child waits at exit for its queue's
    /// feeder thread and the state model shows items it put on that queue not yet got (r16_progress_queue_join_first:
    /// the parent joins before it reads the ticks and results); nil otherwise.
    private func unreadAtExit(_ call: BlockedCall, at index: Int) -> String? {
        guard let wait = events[..<index].lastIndex(where: { $0.is(.queueFeederWait) && $0.pid == call.pid }),
              let label = events[wait].object,
              let queue = replayer.state(after: index).queues.first(where: { $0.label == label }) else { return nil }
        let mine = queue.items.filter { $0.putBy == call.process || $0.putBy.hasPrefix(call.process + "/") }
        guard let first = mine.first else { return nil }
        if let since = wlockWaitSince(call.pid, label, before: index) {     // round 24
            return Phrase.noteJoinGaveUpFeederWlock.text([
                "n": mine.count, "name": call.process, "queue": label, "item": first.repr, "t": Format.seconds(first.putAt),
                "since": Format.seconds(since), "holder": wlockWriter(besides: call.pid, label, before: index),
            ])
        }
        return Phrase.noteJoinGaveUpFeederUnread.text([
            "n": mine.count, "name": call.process, "queue": label, "item": first.repr, "t": Format.seconds(first.putAt),
        ])
    }

    /// The child was inside a send() that returned only after the join gave up (r9b_pipe_send_big_join_first).
    private func inSend(_ index: Int) -> Note? {
        guard let send = StateQueries.childSendAtJoinTimeout(index, in: events) else { return nil }
        let e = events[index], s = events[send]
        let text = Phrase.noteJoinGaveUpInSend.text([
            "name": e.name ?? s.process, "object": s.object ?? "?", "end": TraceEvent.endWords(s.end), "t": Format.seconds(s.t),
            "returned": Format.seconds(s.t + (s.int(EventField.tookNs) ?? 0)),
        ])
        return note(index, .joinGaveUpChildBlocked, text, premise: .childInSendAtJoin(step: index, sendStep: send))
    }

    /// The child had been stopped (SIGSTOP, ...) and not continued when the join gave up (r10b_stopped_child): it was
    /// not running at all, and a SIGTERM sent to it meanwhile stays pending until SIGCONT.
    private func stopped(_ index: Int) -> Note? {
        guard let stop = StateQueries.childStoppedAtJoinTimeout(index, in: events), let child = events[index].childPid else { return nil }
        let e = events[index], s = events[stop]
        let how = s.is(.processSignalSelf)
            ? (s.string(EventField.call) == Phrase.raiseSignalCall ? Phrase.noteStoppedByItselfRaised : .noteStoppedByItself).text()
            : Phrase.noteStoppedBy.text(["by": s.process])
        var text = Phrase.noteJoinGaveUpChildStopped.text([
            "name": e.name ?? "the child", "signal": s.string(EventField.signame) ?? "SIGSTOP", "t": Format.seconds(s.t), "how": how,
        ])
        if let term = StateQueries.termPendingWhileStopped(child, after: stop, before: index, in: events) {
            text += Phrase.noteStoppedTermPending.text(["t": Format.seconds(events[term].t)])
        }
        return note(index, .joinGaveUpChildBlocked, text, premise: .childStoppedAtJoin(step: index, stopStep: stop))
    }
}
