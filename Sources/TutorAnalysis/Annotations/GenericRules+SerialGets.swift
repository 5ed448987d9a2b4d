import TutorCore

extension GenericRules {
    /// A Pool whose first tasks were each submitted only after a get() of the one before (`SerialGets`): the summary
    /// said "at most 1 at once" of a Pool(3), and no row said why (round 21, r21_get_in_submit_loop:
    /// `pool.apply_async(square, (x,)).get()` inside the submit loop). Said once per pool, at its second submission.
    func serialGets() -> [Note] {
        var notes: [Note] = []
        var seen: Set<String> = []
        for index in events.indices where events[index].is(.poolSubmit) && notes.count < Self.perRule {
            guard let pool = events[index].object, !seen.contains(pool),
                  let found = StateQueries.serialGets(at: index, in: events) else { continue }
            seen.insert(pool)
            let job = { (step: Int) in PoolTask.name(job: events[step].job ?? 0, index: 0) }
            let firstGet = events[found.gets[0]]
            let text = Phrase.noteSerialGets.text([
                "task": job(found.submits[1]), "prev": job(found.submits[0]),
                "waited": Format.duration(ns: firstGet.int(EventField.waitedNs) ?? 0),
                "pool": pool, "n": found.submits.count, "workers": found.workers,
            ])
            if let made = note(index, .serialGets, text, premise: .serialGets(step: index, found: found)) { notes.append(made) }
        }
        return notes
    }
}
