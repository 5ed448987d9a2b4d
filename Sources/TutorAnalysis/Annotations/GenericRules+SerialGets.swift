import TutorCore

extension GenericRules {
    /// A Pool whose first tasks were each submitted only after a get() of the one before (`SerialGets`): the summary
    /// said "at most 1 at once" of a Pool(3), and no row said why (round 21, r21_get_in_submit_loop:
    /// `pool.apply_async(square, (x,)).get()` inside the submit loop). Said once per pool, at its second submission.
    func serialGets() -> [Note] {
        var notes: [Note] = []
        // counted by the pool's name as numbered (one text, one number), not its text: made and hashed for every
        // submission of a long run, the text was most of the rule's cost (perf 33)
        var submissions: [EventName: Int] = [:]
        for index in timeline.indices(of: .poolSubmit) where notes.count < Self.perRule {
            let name = events[index].objectName
            guard name != .none else { continue }
            submissions[name, default: 0] += 1
            // only a pool's second submission can begin a run (the query wants exactly one before it, and scans back
            // for it): asked at every submission, the rule was quadratic in a long Pool run
            guard submissions[name] == 2, let pool = events[index].object,
                  let found = StateQueries.serialGets(at: index, in: events) else { continue }
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
