extension Phrase {
    /// The English texts added by the seventh truth review, part A: programs from tutorials and Q&A answers.
    static let englishRound7A: [Phrase: String] = [
        .noteExecutorInitializerBroke: "No worker died inside a work item: the initializer {func} raised ({error}) in {workers}, and a worker whose initializer raises logs \"Exception in initializer\" and ends without taking a work item. {object}'s manager thread saw a worker process gone and marked the executor broken: it fails its {pending} pending Future{s} with BrokenProcessPool, whose message speaks of a process \"terminated abruptly\", and it stops its other workers.",
        .noteInitWorkerEnded: "{worker} (exitcode {code})",
        .evCallbackRaisedKeyError: "callback {func} for {task} raised {error}: the Pool's result-handler thread swallows a KeyError without a word (it takes it for a task no longer in its cache), so {task} is never marked ready: wait() and get() on it can only time out",
        .evCallbackRaised: "callback {func} for {task} raised {error}: the exception ends the Pool's result-handler thread, so no later result of this Pool reaches the parent, and {task} is never marked ready (a get() without a timeout waits forever)",
        .evPoolCallFailed: "{object}.{call} raised {error}",
        .noteTaskHandoffLazy: "{duration} while a worker was free and this one had not started: {method}() was given a generator, and the pool's task-handler thread takes its items one at a time as it sends them, running the generator's own code on that thread, so this item may not have been made yet (or it was on its way to a worker)",
        .evCancelByAsyncio: "asyncio, not the program, calls cancel() on work item {work}'s Future (the asyncio future that wraps it, from run_in_executor(), was cancelled, for example by wait_for()'s timeout): ",
        .lockCopyLabel: "{object} ({process}'s copy)",
        .noteWaitOnTerminatedPool: "{pool} was terminated at {at} (terminate(), or the end of its with-block), before {task}'s result came back: a terminated pool never computes nor delivers what it still owes, so this {call} can only time out (without a timeout it waits forever). Read the results inside the with-block, or close() and join() the pool instead of terminating it.",
    ]
}
