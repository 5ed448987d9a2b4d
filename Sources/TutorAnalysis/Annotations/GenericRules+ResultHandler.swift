import TutorCore

extension GenericRules {
    /// A wait for a Pool result that began after a callback's exception (not a KeyError) ended that pool's
    /// result-handler thread (r7a_pool_callback_raises): the result can never arrive. One note per job.
    func waitsAfterResultHandlerDied() -> [Note] {
        doomedPoolWaits(cause: { [lookup = PoolWaitLookup(timeline)] in StateQueries.resultHandlerDiedBeforeWait($0, in: lookup) }) { index, died in
            let e = events[index]
            let callback = events[died]
            let text = Phrase.noteWaitAfterResultHandlerDied.text([
                "pool": e.object ?? "Pool", "at": Format.seconds(callback.t), "job": callback.job ?? 0,
                "error": callback.string(EventField.error) ?? "?", "call": e.string(EventField.call) ?? "get()",
                "waitJob": e.job ?? 0])
            return note(index, .waitAfterResultHandlerDied, text, premise: .resultHandlerDied(waitStep: index, callbackStep: died))
        }
    }
}
