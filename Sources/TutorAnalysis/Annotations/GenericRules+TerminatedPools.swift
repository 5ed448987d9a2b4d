import TutorCore

extension GenericRules {
    /// A wait for a Pool result that began after the program terminated that pool (`terminate()`, or the end of a
    /// `with Pool()` block): the learner's "results read after the with-block" bug. One note per job.
    func waitsOnTerminatedPools() -> [Note] {
        var notes: [Note] = []
        var told = Set<String>()
        for index in events.indices(of: .poolWait) where notes.count < Self.perRule {
            let e = events[index]
            guard let terminate = StateQueries.terminatedBeforeWait(index, in: events),
                  told.insert("\(e.object ?? "") \(e.job ?? -1)").inserted else { continue }
            let text = Phrase.noteWaitOnTerminatedPool.text([
                "call": e.string(EventField.call) ?? "get()", "task": "task \(e.job ?? 0)",
                "pool": e.object ?? "Pool", "at": Format.seconds(events[terminate].t)])
            if let made = note(index, .waitOnTerminatedPool, text, premise: .waitAfterTerminate(waitStep: index, terminateStep: terminate)) {
                notes.append(made)
            }
        }
        return notes
    }
}
