extension Phrase {
    /// English texts of gaps 31B: a ThreadPoolExecutor broken by a worker thread's initializer.
    static let englishGaps31B: [Phrase: String] = [
        .evThreadPoolBrokenBy: "{object} is broken: the initializer {func} raised in its worker thread {thread}, which marks the pool broken itself",
        .evThreadPoolBrokenHead: "{object} is broken: a worker thread's initializer raised",
        .evThreadPoolBrokenNone: "; no work item was queued, and every later submit() raises BrokenThreadPool",
        .evThreadPoolBrokenOne: "; its 1 queued work item fails with BrokenThreadPool, and so does every later submit()",
        .evThreadPoolBrokenMany: "; its {n} queued work items fail with BrokenThreadPool, and so does every later submit()",
        .summaryThreadPoolBroken: " · BROKEN (a worker thread's initializer raised): {n} queued work item{s} failed with BrokenThreadPool",
        .noteThreadPoolInitializerBroke: "The initializer {func} raised ({error}) in {thread}. A ThreadPoolExecutor's worker thread whose initializer raises logs \"Exception in initializer\", marks {object} broken itself and ends: the {pending} work item{s} still queued fail with BrokenThreadPool, and every later submit() raises BrokenThreadPool. Work items that other worker threads were already running go on.",
        .noteThreadPoolBrokenPlain: "{object} marked itself broken: its {pending} queued Future{s} fail with BrokenThreadPool.",
        .panelProcessInitRaised: "{object}'s initializer {func} raised in it ({error}): it ends without taking a work item",
        .evWaitReasonBrokenThreads: " because {object} broke at {t}: every work item still queued ended then with BrokenThreadPool, not with a result",
        .evFutureReadBrokenThreads: "{call} of work item {work}, already done: the program gets the BrokenThreadPool that {object} set on its Future when it broke at {time}; the work item never ran (it was still queued)",
    ]
}
