extension Phrase {
    /// The English texts of round 37Z (issue 11, the Chinese screen read against the English): a timed acquire() that
    /// gave up while its wait was in a circle of waits.
    static let englishRound37Z: [Phrase: String] = [
        .noteTimedAcquireDeadlock: "{who} gave up waiting for {lock} after {waited}. It was in a deadlock: {parts}. Each waited for the next, in a circle, so none could go on: only the timeout ended this wait. Take locks in one fixed order everywhere, or never wait while holding one.",
        // a panel row's object and what it holds (the pool, a ThreadPool's threads, a threading.local)
        .panelLabelled: "{label}: {text}",
    ]
}
