extension Phrase {
    /// English texts for interpreter exit (threading._shutdown, daemons terminated at exit), imap_unordered waits
    /// and results that never reached a worker.
    static let englishExitsAndResults: [Phrase: String] = [
        .waitWorkItemsAnd: " and ",
        .waitShutdownWorkers: "{object} to stop its workers (no work item was pending)",
        .waitThreadsAtExit: "{threads} to end (at interpreter exit, non-daemon threads are joined before the interpreter ends)",
        .evThreadShutdownWait: "reaches interpreter exit: threading._shutdown() waits for {threads} to end (non-daemon threads)",
        .evThreadShutdownWaited: "threading._shutdown() returned{waited}: the threads it waited for have ended",
        .evThreadShutdownRaised: "threading._shutdown() raised{waited}: the threads it waited for may still run",
        .evExitTerminate: "at exit, multiprocessing terminates the daemon {name} (SIGTERM to pid {pid}; the program did not call terminate())",
        .noteExitTerminated: " (a daemon still running when the main process ended: multiprocessing's exit function called terminate() on it)",
        .evResultNotSent: "{task} never reached a worker: the task handler failed to send it (for example, it could not be pickled) and set its result to that exception",
        .taskNextUnordered: "the next item of task {job} to finish (imap_unordered: any item)",
        .evRunRaised: "run() raised {error} (exit code {code})",
        .waitNextUnorderedOf: "the next item of task {job} of {object} to finish (imap_unordered: any item)",
        .hangExitJoin: "{who} has reached interpreter exit and waits in threading._shutdown() for its threads to end, and they are blocked: {threads}",
    ]
}
