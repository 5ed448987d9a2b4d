import TutorCore

extension GenericRules {
    /// A Manager lock's `acquire()` through its proxy that waited, naming who held that lock meanwhile, from the state
    /// model (`RunState.applyProxyLock`; gaps 12B). Said only when the state shows another holder: the round trip's own
    /// time explains a short wait too, and the row already gives it.
    func managerLockWaits() -> [Note] {
        var notes: [Note] = []
        // each candidate replays the state over its wait: a long run of waits nobody else held is looked at only so far
        var looked = 0
        for index in timeline.indices(of: .managerCall) where notes.count < Self.perRule && looked < Self.perRule * 10 {
            let e = events[index]
            guard let lock = e.object, let type = e.objectType, RunState.proxyLockTypes.contains(type),
                  e.method == "acquire" || e.method == "__enter__", e.ok == true, e.string(EventField.result) == "True",
                  let waited = e.waitedNs, waited >= 1_000_000,
                  let begin = events[..<index].lastIndex(where: { $0.is(.managerWait) && $0.pid == e.pid && $0.thread == e.thread && $0.object == lock })
            else { continue }
            looked += 1
            let holders = StateQueries.holders(of: lock, from: begin, to: index, in: replayer)
            guard !holders.isEmpty, !holders.contains(StateQueries.who(events[begin])) else { continue }
            let held = holders.count == 1 ? Phrase.noteHeldBy.text(["holder": holders[0]])
                : type.hasSuffix("Semaphore")
                    ? Phrase.noteUnitsHeldBy.text(["holders": Phrase.andList(holders)])
                    : Phrase.noteHeldInTurn.text(["holders": holders.joined(separator: Phrase.noteHolderThen.text())])
            let text = Phrase.noteProxyLockWait.text(["who": StateQueries.who(e), "duration": Format.duration(ns: waited), "lock": lock,
                                                      "type": type, "holder": held])
            let premise = NotePremise.lockHolders(lock: lock, holders: holders, fromStep: begin, toStep: index)
            if let made = note(index, .lockWaitHolders, text, premise: premise) { notes.append(made) }
        }
        return notes
    }
}
