extension Phrase {
    /// The English texts of round 24F (issue 11): concurrent.futures' corners. A child's threading._shutdown() is
    /// called by Process._bootstrap() after run(), not at interpreter exit; a thread pool's queued items are taken by
    /// its threads, not sent to a worker process; a worker replaced after max_tasks_per_child while
    /// shutdown() runs.
    static let englishRound24F: [Phrase: String] = [
        .evThreadShutdownWaitChild: "after run() returned, multiprocessing's Process._bootstrap() calls threading._shutdown(): it waits for {threads} to end (non-daemon threads) before this process can exit",
        .waitThreadsAfterRun: "{threads} to end (after run() returned, Process._bootstrap() joins the non-daemon threads before the process exits)",
        .evCancelByShutdownThreads: "shutdown(cancel_futures=True) cancels work item {work}, still in the executor's queue (no worker thread had taken it): it will never run",
        .evSpawnReplacesAtShutdown: " · {executor}'s manager thread starts it in place of {old}, which left after its max_tasks_per_child ({n}) work items: Python 3.11 replaces such a worker even after shutdown() was called (at {time}), and {name} took no work item",
    ]
}
