import TutorCore

extension GenericRules {
    /// A get() that timed out for a job whose own callback had raised: the result came back, but _set() never marked
    /// it ready (r12_error_callback_raises: "result of task 1 arrives", then get() of task 1 times out). One note per job.
    func resultsKeptUnreadyByCallbacks() -> [Note] {
        var notes: [Note] = []
        var told = Set<String>()
        for index in (timeline.indices(of: .poolGet) + timeline.indices(of: .poolWaited)).sorted() where notes.count < Self.perRule {
            let e = events[index]
            guard let found = StateQueries.callbackKeptResultUnready(getAt: index, in: events),
                  told.insert("\(e.pid) \(e.object ?? "") \(e.job ?? -1)").inserted else { continue }
            let callback = events[found.callback], end = events[found.callbackEnd]
            let error = end.string(EventField.error) ?? "?"
            let phrase: Phrase = error.hasPrefix("KeyError") ? .noteCallbackKeptUnreadyKeyError : .noteCallbackKeptUnready
            let text = phrase.text([
                "task": "task \(e.job ?? 0)", "call": e.is(.poolGet) ? "get()" : "wait()", "at": Format.seconds(callback.t), "pool": e.object ?? "Pool",
                "which": callback.bool(EventField.error) == true ? "error_callback" : "callback",
                "func": callback.string(EventField.function) ?? "?", "error": error])
            if let made = note(index, .callbackKeptResultUnready, text,
                               premise: .callbackKeptResultUnready(getStep: index, callbackEndStep: found.callbackEnd)) {
                notes.append(made)
            }
        }
        return notes
    }
}
