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
            let premise = NotePremise.childBlockedAtJoin(step: index, childPid: call.pid, since: call.since)
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
        for i in timeline.indices(of: .queuePut, .queueGet) where i < index && events[i].object == label {
            let e = events[i]
            if e.is(.queuePut) { puts += 1; continue }
            guard e.item != nil else { continue }
            gets += 1
            if let t = takers.firstIndex(where: { $0.who == e.process }) { takers[t].n += 1 } else { takers.append((e.process, 1)) }
        }
        guard puts > 0, puts == gets else { return nil }
        let list = takers.map { Phrase.noteJoinGaveUpQueueTaker.text(["who": $0.who, "n": $0.n]) }.joined(separator: Phrase.listSeparator.text())
        return Phrase.noteJoinGaveUpQueueEmpty.text(["queue": label, "n": puts, "takers": list]) + Phrase.hangStarvedAdvice.text()
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
        let how = s.is(.processSignalSelf) ? Phrase.noteStoppedByItself.text() : Phrase.noteStoppedBy.text(["by": s.process])
        var text = Phrase.noteJoinGaveUpChildStopped.text([
            "name": e.name ?? "the child", "signal": s.string(EventField.signame) ?? "SIGSTOP", "t": Format.seconds(s.t), "how": how,
        ])
        if let term = StateQueries.termPendingWhileStopped(child, after: stop, before: index, in: events) {
            text += Phrase.noteStoppedTermPending.text(["t": Format.seconds(events[term].t)])
        }
        return note(index, .joinGaveUpChildBlocked, text, premise: .childStoppedAtJoin(step: index, stopStep: stop))
    }
}
