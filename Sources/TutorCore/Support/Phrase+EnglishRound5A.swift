extension Phrase {
    /// The English texts added by the fifth truth review, part A: concurrent.futures, Pool and Managers as
    /// users write them.
    static let englishRound5A: [Phrase: String] = [
        .hangWorkCancelled: "shutdown(cancel_futures=True) of {object} cancelled work item {works} before a worker started it, and on this Python wait() and as_completed() never return for a Future cancelled that way (shutdown leaves it cancelled without notifying its waiters)",
        .hangWorkCancelledMany: "shutdown(cancel_futures=True) of {object} cancelled work items {works} before a worker started them, and on this Python wait() and as_completed() never return for Futures cancelled that way (shutdown leaves them cancelled without notifying their waiters)",
        .noteExitRaised: ": run() raised {error}, uncaught (its traceback went to stderr)",
        .noteExitMessage: ": sys.exit() was called with a message, which went to stderr: \"{message}\"",
        .noteExitSysExit: ": run() ended with sys.exit() (SystemExit)",
        .noteExitForkUncaught: ": an exception was not caught in this hand-forked child",
        .evFutureUnsent: "{mark} work item {work} returned, but its result could not be sent back: {result}",
        .evManagerNoAnswer: " (no answer: the connection to the manager failed)",
        .evManagerStartWaited: "{object} started: server pid {pid} (start() waited {duration} for the server process to be up)",
        .evExitedEscaped: "exited, code {code}: {error} was raised in multiprocessing's cleanup after run()",
        .noteExitEscaped: ": run() had returned, then {error} was raised in multiprocessing's own cleanup after it (under fork nothing prints it)",
        .evFutureNeverSent: "work item {work} never reached a worker: sending it failed ({error}: its function or arguments could not be pickled), so its Future holds that exception",
        .summaryExecutorNeverSent: ", {n} never reached a worker (could not be sent)",
        .invManagerBeforeServer: "{object} is said started (seq {seq}) before its server process (pid {pid}) recorded anything",
        .invResultBeforeStart: "the result of work item {work} came back (seq {seq}) before any worker started that work item",
        .evFutureCallbackRaised: "done-callback {func} of work item {work} raised {error}: concurrent.futures logs it and goes on",
        .summaryExecutorChunkItems: " (map() chunks holding {n} item{s})",
        .evManagerShutdown: "{object}.shutdown(): asks its server process to stop",
        .evManagerShutdownWith: "leaving the with-block shuts {object} down: asks its server process to stop",
        .evManagerShutdownAtExit: "at exit, multiprocessing shuts {object} down (the program did not): asks its server process to stop",
    ]
}
