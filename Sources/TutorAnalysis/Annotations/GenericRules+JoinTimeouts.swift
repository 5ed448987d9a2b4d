import TutorCore

extension GenericRules {
    /// A `join(timeout)` that gave up says why the child was still running when the state model shows it blocked:
    /// in the docs' "joining processes that use queues" pitfall, the child waits to put on a full queue that only
    /// the joining process would read (round 9B, r9b_bounded_queue_join_first).
    func joinTimeoutCauses() -> [Note] {
        var notes: [Note] = []
        for index in events.indices(of: .processJoin) where events[index].bool(EventField.timedOut) == true {
            guard notes.count < Self.perRule, let call = StateQueries.childBlockedAtJoinTimeout(index, in: replayer) else { continue }
            let e = events[index]
            var text = Phrase.noteJoinGaveUpChildBlocked.text([
                "name": e.name ?? call.process, "t": Format.seconds(call.since),
                "duration": Format.duration(ns: e.t - call.since), "what": call.what,
            ])
            if case .queuePut = call.target { text += Phrase.noteJoinGaveUpFullQueue.text() }
            let premise = NotePremise.childBlockedAtJoin(step: index, childPid: call.pid, since: call.since)
            if let made = note(index, .joinGaveUpChildBlocked, text, premise: premise) { notes.append(made) }
        }
        return notes
    }
}
