extension Phrase {
    /// English texts of round 13F: concurrent.futures as real programs use it (a broken executor's Futures, a submit()
    /// that failed after queuing, a work item's SystemExit raised again by result()).
    static let englishRound13F: [Phrase: String] = [
        .evFutureReadBroken: "{call} of work item {work}, already done: the program gets the BrokenProcessPool that {object} set on its Future when it broke at {time}; the work item itself raised nothing (no result of it had come back)",
        .evSubmitRaisedQueued: "submit({func}) on {object} raised {error}, but only after it had made work item {work} and queued it: it failed while starting the executor's worker processes or its manager thread, so the program never got that work item's Future",
        .evMainEndFutureExit: "its main code ended by a SystemExit({arg}) that result() of work item {work} raised again: the work item's own, which concurrent.futures caught where the work item ran and kept in its Future (a SystemExit in a work item ends neither the worker process nor the thread that ran it), and nothing caught it here: after the atexit handlers, Python exits with code {code}",
        .noteExitMainFutureExit: ": its main code ended by a SystemExit({arg}) that result() of work item {work} raised again (the work item's own, kept in its Future), and nothing caught it",
        .noteCalledTerminateFirst: " ({by} called terminate() on it at {at}, the first to; {again} called terminate() on it again after that)",
        .noteCalledKillFirst: " ({by} called kill() on it at {at}, the first to; {again} called kill() on it again after that; SIGKILL cannot be caught)",
        .evShutdownWithError: ": the end of its with-block called shutdown(wait=True) while {error} was leaving the block, so {error} goes on only once shutdown() returns",
        .evExecutorMaxTasks: ", max_tasks_per_child {n}: each worker process leaves after {n} work item{s}; the executor starts a new one in its place only when it counts no idle worker (in Python 3.11 that count can be wrong, CPython issue gh-115634: work items then wait with no worker left)",
    ]
}
