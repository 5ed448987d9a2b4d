extension Phrase {
    /// English texts of gaps 28A (issue 11): a ProcessPoolExecutor's work items whose outcome the parent never got, and
    /// a `ready()`/`successful()` run of one call said as one call.
    static let englishGaps28A: [Phrase: String] = [
        .summaryExecutorNotBack: ", {n} ended in a worker without the parent ever getting the outcome ({list})",
        .summaryExecutorNotBackRaised: "work item {n} raised {error} there",
        .summaryExecutorNotBackReturned: "work item {n} returned there",
        .evResultPolledOnce: "polled {task}'s result with {call} once, at {at}: {result}; this call returned {then}",
        .evResultPolledOnceToEnd: "polled {task}'s result with {call} once, at {at}: {result}, and not again before this thread ended",
        .evResultPolledRaisedOnce: "called {call} on {task}'s result once, at {at}: it raised {error}{why}; this call returned {then}",
        .evResultPolledRaisedOnceToEnd: "called {call} on {task}'s result once, at {at}: it raised {error}{why}, and not again before this thread ended",
        .noteFewerWorkers: "{executor} started {n} of its max_workers {max} worker processes: under {method} (Python 3.9 and later) a ProcessPoolExecutor starts a new worker in submit() only while none of its workers counts as idle and fewer than max_workers have started (under fork it starts all of them at the first submit()). Here {detail}.",
        .noteFewerWorkersOne: "its one submit() call started it",
        .noteFewerWorkersEach: "each of its {n} submit() calls started one",
        .noteFewerWorkersSome: "{n} of its {submits} submit() calls started one; at the others a worker counted as idle (one of its work items had come back)",
        .evCancelByMapTried: "map()'s iterator, closed before its last result, calls cancel() on the work items left: ",
    ]
}
