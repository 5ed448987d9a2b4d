import TutorCore

extension GenericRules {
    /// Writes through a view into shared memory (`arr[0].x = …`, `v.pos.y = …`) take no lock themselves, so the
    /// row alone cannot tell whether they were guarded: whether the writer held the object's own lock at that
    /// step, from the state model. One note per writer, object and answer (at most `perRule`); nothing where
    /// the state cannot tell (`StateQueries.viewWriteLocks`).
    func viewWriteLocks() -> [Note] {
        let isViewWrite = { (e: TraceEvent) in e.is(.sharedWrite) && e.bool(EventField.view) == true }
        let writes = timeline.indices(of: .sharedWrite).filter { isViewWrite(events[$0]) }
        guard let firstWrite = writes.first, let lastWrite = writes.last else { return [] }
        var created: Set<String> = []
        for e in events[..<firstWrite] where e.is(.lockCreate) { if let l = e.object { created.insert(l) } }
        // One state walked forward from the first such write: asking the replayer at every write replays
        // up to a checkpoint's worth of events each time.
        var state = replayer.state(after: firstWrite)
        var said: Set<String> = []
        var notes: [Note] = []
        var examined = 0
        for i in firstWrite...lastWrite {
            let e = events[i]
            if i > firstWrite { state.apply(i, of: timeline) }
            if e.is(.lockCreate), let l = e.object { created.insert(l) }
            guard isViewWrite(e) else { continue }
            examined += 1
            guard let answer = StateQueries.viewWriteLocks(e, state: state, created: { created.contains($0) }),
                  said.insert("\(Self.who(e)) \(e.object ?? "") \(answer.held)").inserted else { continue }
            let place = (e.object ?? "") + ((e.attr ?? "").hasPrefix("[") ? "" : ".") + (e.attr ?? "")
            let others = answer.others.isEmpty ? "" : Phrase.noteViewWriteOthers.text(["locks": answer.others.joined(separator: Phrase.listComma.text())])
            let text = (answer.held ? Phrase.noteViewWriteHeld : .noteViewWriteUnheld).text([
                "who": Self.who(e), "place": place, "lock": answer.lock, "object": e.object ?? "", "others": others])
            let premise = NotePremise.viewWriteLocks(step: i, lock: answer.lock, held: answer.held, others: answer.others)
            if let made = note(i, .viewWriteLock, text, premise: premise) { notes.append(made) }
            if notes.count >= Self.perRule || examined >= Self.viewWritesExamined { break }
        }
        return notes
    }

    /// The view writes looked at before the rule stops: a loop writing struct fields makes thousands.
    static let viewWritesExamined = 5_000
}
