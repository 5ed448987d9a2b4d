extension Phrase {
    /// The English texts of round 18: a notify() nobody heard whose later waiters all used wait_for(), the items of a
    /// JoinableQueue nobody got, a terminate() that ended a deadlock.
    static let englishRound18: [Phrase: String] = [
        .noteNotifyLostWaitFor: "{call} on {object} found nobody waiting, so it woke nobody. A Condition does not remember a notify(), but no later waiter here depended on it: every later wait on {object} was inside wait_for() ({who}), which tests its predicate before it waits and after each wake-up, so it sees the shared state an earlier notify() announced.",
        .hangItemsNeverGot: " put on it and not yet taken off by any get()",
        .noteTerminatedInDeadlock: "{name} was in a deadlock when {by} called {call} on it: {parts}. Each waits for the next, in a circle, so none could go on by itself: the signal ended the wait, the program's design did not. Take locks in one fixed order everywhere, or never wait while holding one.",
    ]
}
