extension Phrase {
    /// The English texts of multiprocessing.Pool's initializer, callbacks and result handler, a pool garbage-collected
    /// or terminated at exit, and the notes on its tasks' waits and losses.
    static let englishPools: [Phrase: String] = [
        .evPoolInit: "{mark} initializer {call}: runs once in this worker, before it takes a task",
        .evPoolInitDone: "initializer {func} returned{took}: this worker now takes tasks",
        .evPoolInitRaised: "{mark} initializer {func} raised {error}: this worker ends without taking a task",
        .summaryPoolInitFailed: " · its initializer raised in {n} worker{s}, which ended without taking a task",
        .panelInitializing: "in the initializer",
        .panelInitRaised: "initializer raised, ending",
        .activityInitializer: "running the pool's initializer {func}",
        .hangInitFailed: "{who} {what} since {t}, but no task of {pool} ever started: the initializer {func} raised ({error}) in "
            + "{failed} of its workers and none got through it; the pool started {n} worker{s} in place of those that ended{now}. "
            + "While the initializer raises, every new worker dies the same way: multiprocessing.Pool keeps replacing them "
            + "and never passes the error to {call}, so it waits forever.",
        .hangInitNow: "; {names} is in the initializer now",
        .evPoolCollected: "{object} was garbage-collected with workers still alive (the program never joined or terminated it): its finalizer terminates the pool",
        .evPoolTerminatedAtExit: "at exit, multiprocessing's exit function terminates {object} (the program never joined or terminated it)",
        .notePoolCollected: " ({pool}'s finalizer sent it: the program never joined or terminated {pool}, and the Pool object was garbage-collected, for example a local variable when its function returned)",
        .noteCallbackChunks: ": {task} ran as {n} chunk{s}, computed by {workers}; the callback gets all their results together, once every chunk's result has travelled back to the parent",
        .noteWorkerWithPid: "{worker} (pid {pid})",
        .activityIdleClosed: "idle; its pool is closed: no new task can be submitted, it takes only tasks already waiting, then ends",
        .activityIdleTerminating: "idle; its pool is being terminated: it takes no more tasks",
        .noteLostTaskTimeout: "get() gave up on {task} after {duration}: {parts}, so its result was never coming. A Pool replaces a dead worker but does not run the task it lost again: without the timeout, get() would have waited forever.",
        .evResultUnpicklable: "result of {task} arrives: MaybeEncodingError in place of its value (the worker could not pickle what the task returned, so it sent this error instead)",
        .evCallbackRaisedKeyError: "callback {func} for {task} raised {error}: the Pool's result-handler thread swallows a KeyError without a word (it takes it for a task no longer in its cache), so {task} is never marked ready: wait() and get() on it can only time out",
        .evCallbackRaised: "callback {func} for {task} raised {error}: the exception ends the Pool's result-handler thread, so no later result of this Pool reaches the parent, and {task} is never marked ready (a get() without a timeout waits forever)",
        .evPoolCallFailed: "{object}.{call} raised {error}",
        .noteTaskHandoffLazy: "{duration} while a worker was free and this one had not started: {method}() was given a generator, and the pool's task-handler thread takes its items one at a time as it sends them, running the generator's own code on that thread, so this item may not have been made yet (or it was on its way to a worker)",
        .noteWaitOnTerminatedPool: "{pool} was terminated at {at} (terminate(), or the end of its with-block), before {task}'s result came back: a terminated pool never computes nor delivers what it still owes, so this {call} can only time out (without a timeout it waits forever). Read the results inside the with-block, or close() and join() the pool instead of terminating it.",
        .noteTaskStartupWhyForkserver: " (a forkserver worker is forked from the fork server, a process started as a new interpreter when first needed, and then imports the main module again before it runs a task)",
        .summaryPoolResultUnsent: "{n} {unit} returned, but the parent got an exception in place of the result: the worker could not send the value back (MaybeEncodingError, raised where the result is read)",
        .noteWaitAfterResultHandlerDied: "{pool}'s result-handler thread ended at {at}: a callback of task {job} raised {error} there, and any exception but KeyError ends that thread. No later result of {pool} reaches the parent, so this {call} for task {waitJob} can only time out (without a timeout it waits forever).",
        .evTaskReraisesInput: "re-raises {error} (not the program's function: the iterable given to imap() or imap_unordered() raised {error} while the pool's task-handler thread read it, and the pool sends that exception to a worker as a task that raises it again, so that next() raises it in order)",
    ]
}
