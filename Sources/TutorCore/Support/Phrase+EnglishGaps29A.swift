extension Phrase {
    /// The English texts of gaps 29A (issue 11): an executor's rows in the state panel.
    static let englishGaps29A: [Phrase: String] = [
        .panelExecutor: "executor",
        .panelWorkItems: "work items",
        .panelExecutorWorkers: "workers started: {n}, alive: {alive}",
        .panelExecutorWorkersUnrecorded: "its worker processes' starts are not in this record",
        .panelExecutorShuttingDown: "shutdown() called: it takes no new work and waits for its work items",
        .panelExecutorShutDown: "shut down",
        .panelExecutorBroken: "broken ({error}): it takes no new work",
        .panelWorkSubmitted: "submitted: {n}",
        .panelWorkNotStarted: "not started yet: {n} ({list})",
        .panelWorkNoneNotStarted: "none waiting to start",
        .panelWorkRunning: "running: {list}",
        .panelWorkRunsIn: "{work} in {worker}",
        .panelWorkEndedNotBack: "ended in their worker, outcome not back yet: {list}",
        .panelWorkOutcomes: "returned: {done}, raised: {failed}, cancelled: {cancelled}",
        .panelWorkFailedByBreak: "failed by the break: {n}",
        // logging.handlers.QueueListener's thread and the None that stops it
        .laneLoggingListener: "{process} · {thread} (logging's QueueListener)",
        .evLoggingListenerThread: " (logging's own: logging.handlers.QueueListener's thread, which takes log records off the queue and hands them to its handlers until it gets None)",
        .evLoggingListenerSentinel: ": None is the sentinel QueueListener's thread {thread} stops at (it got from {object} before; QueueListener.stop() puts it, then joins the thread)",
        // a thread the program renamed after its first event
        .laneThreadNamedAtEnd: "{label}, named {name} by its end",
    ]
}
