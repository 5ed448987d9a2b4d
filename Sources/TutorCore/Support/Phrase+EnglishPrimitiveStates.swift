extension Phrase {
    /// The English texts for what a synchronisation primitive's state was when a wait on it ended: an Event
    /// cleared again before its woken waiter read it, a Semaphore whose units ended with their holders.
    static let englishPrimitiveStates: [Phrase: String] = [
        .evWhySetThenCleared: "set, but clear() came before it read the flag again: wait() returned False, not a timeout",
        .noteSemaphoreUnitsHeldByEnded: "{who} gave up on {lock}: every unit of it was taken by {holders}, which ended without release(). A semaphore's unit is not given back when the process that took it ends; only a release() from some process can.",
        .hangUnfinishedItems: "{who} waits in {queue}.join(), which returns only when every item put on it has been marked done by a task_done() call: {put} {put?was|were} put and {done} marked done, so {left} {left?is|are} unfinished ({takers}).",
        .hangItemsTaker: "{who} took {got} and called task_done() {done}",
        .hangItemsTakerEnded: "{who} took {got} and called task_done() {done}, then ended",
        .countItemOne: "1 item",
        .countItems: "{n} item{s}",
        .countTimesOne: "once",
        .countTimes: "{n} time{s}",
        .summarySemaphoreOverReleased: ", {releases} release() calls: its count ended at {end}, above its initial value {initial} (a plain Semaphore accepts more release() calls than acquire() calls, so more than {initial} could be inside at once; a BoundedSemaphore raises ValueError instead)",
        .hangCallbackEndedJoin: "{who} waits in {pool}.join(), which waits for the pool's threads; {pool}'s result-handler thread ended at {t}, when the callback {func} for {task} raised {error}, before the pool had marked {task} done: {task} stays outstanding, and the pool's worker-handler thread goes on while any task is outstanding, so join() cannot return. Catch exceptions inside a callback.",
    ]
}
