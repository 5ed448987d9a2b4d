extension Phrase {
    /// The English texts of a get() that timed out because its job's own callback raised before the result was ready.
    static let englishCallbackUnready: [Phrase: String] = [
        .noteCallbackKeptUnready: "{task}'s result did come back, but at {at} its {which} {func} raised {error} before the result was marked ready: ApplyResult._set() (and MapResult's) calls the callback first and only then sets the flag get() and wait() wait for, so this {call} could only time out, and ready() stays False. The same exception ended {pool}'s result-handler thread (any exception but KeyError does): no later result of {pool} reaches the parent either. A callback runs in that thread of the parent: catch its exceptions inside it.",
        .noteCallbackKeptUnreadyKeyError: "{task}'s result did come back, but at {at} its {which} {func} raised {error} before the result was marked ready: ApplyResult._set() (and MapResult's) calls the callback first and only then sets the flag get() and wait() wait for, so this {call} could only time out, and ready() stays False. ({pool}'s result-handler thread ignores a KeyError and goes on: its other results still arrive.)",
    ]
}
