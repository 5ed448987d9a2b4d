extension Phrase {
    /// English texts of gaps 28A (issue 11): a ProcessPoolExecutor's work items whose outcome the parent never got, and
    /// a `ready()`/`successful()` run of one call said as one call.
    static let englishGaps28A: [Phrase: String] = [
        .summaryExecutorNotBack: ", {n} ended in a worker but never came back to the parent ({list})",
        .summaryExecutorNotBackRaised: "work item {n} raised {error} there",
        .summaryExecutorNotBackReturned: "work item {n} returned there",
        .evResultPolledOnce: "polled {task}'s result with {call} once, at {at}: {result}; this call returned {then}",
        .evResultPolledOnceToEnd: "polled {task}'s result with {call} once, at {at}: {result}, and not again before this thread ended",
        .evResultPolledRaisedOnce: "called {call} on {task}'s result once, at {at}: it raised {error}{why}; this call returned {then}",
        .evResultPolledRaisedOnceToEnd: "called {call} on {task}'s result once, at {at}: it raised {error}{why}, and not again before this thread ended",
    ]
}
