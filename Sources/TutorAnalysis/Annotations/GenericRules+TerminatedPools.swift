import TutorCore

extension GenericRules {
    /// A wait for a Pool result that began after the program terminated that pool (`terminate()`, or the end of a
    /// `with Pool()` block): the learner's "results read after the with-block" bug. One note per job.
    func waitsOnTerminatedPools() -> [Note] {
        doomedPoolWaits(cause: { [lookup = PoolWaitLookup(timeline)] in StateQueries.terminatedBeforeWait($0, in: lookup) }) { index, terminate in
            let e = events[index]
            let text = Phrase.noteWaitOnTerminatedPool.text([
                "call": e.string(EventField.call) ?? "get()", "task": "task \(e.job ?? 0)",
                "pool": e.object ?? "Pool", "at": Format.seconds(events[terminate].t)])
            return note(index, .waitOnTerminatedPool, text, premise: .waitAfterTerminate(waitStep: index, terminateStep: terminate))
        }
    }

    /// The Pool result waits whose result can never arrive: `cause` gives the step that doomed wait `index` (nil: none),
    /// `make` the note at the wait. One note per pool and job, at most `perRule`.
    func doomedPoolWaits(cause: (Int) -> Int?, make: (_ wait: Int, _ cause: Int) -> Note?) -> [Note] {
        var notes: [Note] = []
        var told = Set<String>()
        for index in timeline.indices(of: .poolWait) where notes.count < Self.perRule {
            let e = events[index]
            guard let step = cause(index), told.insert("\(e.object ?? "") \(e.job ?? -1)").inserted else { continue }
            if let made = make(index, step) { notes.append(made) }
        }
        return notes
    }
}
