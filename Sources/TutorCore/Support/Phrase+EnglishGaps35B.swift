extension Phrase {
    /// The English texts of gaps 35B (issue 11): a Queue's items lost with the process that put them, map_async() jobs
    /// never ready that no get() gave up on, a Pool worker idle in its task queue's get(), and the step panel's count of
    /// the Futures the program made itself.
    static let englishGaps35B: [Phrase: String] = [
        .panelQueueLostOne: "lost with the process that put it: {list}: put() only hands an item to the queue's feeder thread, a thread of the putting process, and that process ended before its feeder wrote the item to the pipe (a get() found the pipe empty); the feeder ended with it",
        .panelQueueLost: "lost with the processes that put them: {list}: put() only hands an item to the queue's feeder thread, a thread of the putting process, and each of them ended before its feeder wrote the item to the pipe (a get() found the pipe empty); the feeder ended with it",
        .panelQueueLostItem: "{item} (put by {who}, which ended {how})",
        .panelQueueLostOsExit: "by os._exit({code}), which joins no feeder thread",
        .panelQueueLostBySignal: "killed by {signal}",
        .panelQueueLostExitCode: "with exit code {code}",
        .panelQueueLostEndedUnknown: "in a way not recorded",
        .summaryPoolNeverAsked: "errors no get() asked for: {list}. No get() was called on these results, and none could have raised the error: a map_async() or starmap_async() result is ready only when every one of its chunks has finished, and these chunks never all finished in the record",
        .summaryPoolNeverReadyStillWaiting: "errors no get() could read: {list}. A get() was still waiting for each when the record ends: a map_async() or starmap_async() result is ready only when every one of its chunks has finished, and only then does get() raise the first error",
        .lastFinishedTaskIdle: "finished {task} at {t} (its result reached the parent at {back}) and has been idle since: back in its loop, it waits in get() on {pool}'s task queue for a next task (a read the tracer records only when a task comes)",
        .lastStartedIdle: "started at {t} and has been idle since: it waits in get() on {pool}'s task queue for its first task (its pool has no initializer; a read the tracer records only when a task comes)",
        .panelOwnFutures: "futures",
        .panelOwnFuturesMade: "{n} made by the program itself (not work items)",
        .panelOwnFuturesPending: "{n} pending ({list})",
        .panelOwnFuturesNonePending: "none pending",
        .panelOwnFuturesSettled: "set by set_result() {ok}, by set_exception() {failed}, cancelled {cancelled}",
    ]
}
