import TutorCore

extension GenericRules {
    /// A test made on a stale read of a synchronized Value or Array item (gaps 17A, `StaleCheck`): B read the place, others
    /// wrote it, B read it again and wrote it. One note, at B's write of the first such test whose write went below zero
    /// when one did (the overdraft a learner's print shows), else of the first; with how often the record shows it. Its
    /// premise asks the accesses again.
    func staleChecks() -> [Note] {
        let found = StaleCheck.all(in: events)
        guard let first = found.first(where: { Self.wentBelowZero($0, events) }) ?? found.first,
              let place = Self.access(events[first.check])?.place else { return [] }
        let value = { (i: Int) in Self.access(self.events[i])?.value ?? "?" }
        let writes = first.others.map { Phrase.noteStaleCheckWrite.text(["who": writerName(events[$0]), "value": value($0), "t": Format.seconds(events[$0].t)]) }
        var text = Phrase.noteStaleCheck.text([
            "b": writerName(events[first.check]), "place": place, "first": value(first.check), "t1": Format.seconds(events[first.check].t),
            "writes": writes.joined(separator: Phrase.noteStaleCheckJoin.text()),
            "second": value(first.read), "t2": Format.seconds(events[first.read].t),
            "mine": value(first.write), "t3": Format.seconds(events[first.write].t)])
        // the advice fits the lock the place was made with: `with v.get_lock():` around the test re-enters only an RLock
        if let lock = StaleCheck.lock(of: first.check, in: events) {
            text += (lock.hasPrefix("RLock#") ? Phrase.noteStaleCheckRLock : .noteStaleCheckOtherLock).text(["lock": lock])
        }
        if found.count > 1 { text += Phrase.noteStaleCheckMore.text(["n": found.count]) }
        return [note(first.write, .staleCheck, text, premise: .staleCheck(first, count: found.count))].compactMap { $0 }
    }
}

private extension GenericRules {
    /// The test's first read was a number not below zero, and the write below zero.
    static func wentBelowZero(_ race: StaleCheck, _ events: [TraceEvent]) -> Bool {
        guard let before = access(events[race.check]).flatMap({ Double($0.value) }),
              let after = access(events[race.write]).flatMap({ Double($0.value) }) else { return false }
        return before >= 0 && after < 0
    }
}
