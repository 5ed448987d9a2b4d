extension Phrase {
    /// The English texts of what round 4 of the truth review left open: cancel(), a Pool's initializer, a
    /// task_done() or release() that raised, and the hangs they explain.
    static let englishGaps: [Phrase: String] = [
        .evCancelByProgram: "cancel() → True: work item {work} is cancelled before it started; it will never run",
        .evCancelByMap: "map()'s iterator cancels work item {work} (it stopped waiting for the results): it will never run",
        .evCancelByShutdown: "shutdown(cancel_futures=True) cancels work item {work}, not yet sent to a worker: it will never run",
        .evCancelAgain: "cancel() → True: work item {work} was already cancelled",
        .evCancelRunning: "cancel() → False: work item {work} was already handed to a worker (running), so it runs on",
        .evCancelFinished: "cancel() → False: work item {work} had already finished",
        .evCancelFalse: "cancel() → False: work item {work} was not cancelled",
        .summaryExecutorCancelled: ", {n} cancelled before starting (never ran)",
        .evPoolInit: "{mark} initializer {call}: runs once in this worker, before it takes a task",
        .evPoolInitDone: "initializer {func} returned{took}: this worker now takes tasks",
        .evPoolInitRaised: "{mark} initializer {func} raised {error}: this worker ends without taking a task",
        .evExecutorInit: "{mark} initializer {call}: runs once in this worker, before it takes a work item",
        .evExecutorInitDone: "initializer {func} returned{took}: this worker now takes work items",
        .evExecutorInitRaised: "{mark} initializer {func} raised {error}: this worker ends without taking a work item",
        .summaryPoolInitFailed: " · its initializer raised in {n} worker{s}, which ended without taking a task",
        .invExecutorCounts: "{executor}: {ran} work items ran and {cancelled} were cancelled before they started, but only {n} were submitted",
        .invCancelledRan: "{executor}: work item {work} was cancelled before it started (cancel() returned True), yet a worker started it (seq {seq})",
        .panelInitializing: "in the initializer",
        .panelInitRaised: "initializer raised, ending",
        .evTaskDoneRaised: "task_done() on {object} raised {error}: every item put was already marked done, so it changed nothing",
        .evReleaseRaised: "release() of {object} raised {error}: nothing was released",
        .activityInitializer: "running the pool's initializer {func}",
        .hangInitFailed: "{who} {what} since {t}, but no task of {pool} ever started: the initializer {func} raised ({error}) in "
            + "{failed} of its workers and none got through it; the pool started {n} worker{s} in place of those that ended{now}. "
            + "While the initializer raises, every new worker dies the same way: multiprocessing.Pool keeps replacing them "
            + "and never passes the error to {call}, so it waits forever.",
        .hangInitNow: "; {names} is in the initializer now",
        .hangNoLiveWorker: ", and no worker of {object} is alive: every worker it started has ended ({names}), and no other is starting",
    ]
}
