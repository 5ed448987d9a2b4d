import TutorCore

extension GenericRules {
    /// A wait for a Pool result that began after a callback's exception (not a KeyError) ended that pool's
    /// result-handler thread (r7a_pool_callback_raises): the result can never arrive. One note per job.
    func waitsAfterResultHandlerDied() -> [Note] {
        var notes: [Note] = []
        var told = Set<String>()
        for index in events.indices(of: .poolWait) where notes.count < Self.perRule {
            let e = events[index]
            guard let died = StateQueries.resultHandlerDiedBeforeWait(index, in: events),
                  told.insert("\(e.object ?? "") \(e.job ?? -1)").inserted else { continue }
            let callback = events[died]
            let text = Phrase.noteWaitAfterResultHandlerDied.text([
                "pool": e.object ?? "Pool", "at": Format.seconds(callback.t), "job": callback.job ?? 0,
                "error": callback.string(EventField.error) ?? "?", "call": e.string(EventField.call) ?? "get()",
                "task": "task \(e.job ?? 0)"])
            if let made = note(index, .waitAfterResultHandlerDied, text,
                               premise: .resultHandlerDied(waitStep: index, callbackStep: died)) {
                notes.append(made)
            }
        }
        return notes
    }
}
