extension Phrase {
    /// The English texts added by gaps 8 (issue 11, what round 7 left).
    static let englishGaps8: [Phrase: String] = [
        .evSignalAfterExit: ": it had already exited (code {code}, at {at}), not yet reaped, so this signal ended nothing",
        .summaryPoolResultUnsent: "{n} {unit} returned, but the parent got an exception in place of the result: the worker could not send the value back (MaybeEncodingError, raised where the result is read)",
        .noteForkedExecutorThread: " It was forked from {parent}'s thread {thread}, a ThreadPoolExecutor worker, and in the child that thread is the one running: the cleanup's threading._shutdown() runs concurrent.futures' exit hook, which joins every ThreadPoolExecutor worker thread, {thread} too, and a thread cannot join itself. Start processes from the main thread, or use the spawn or forkserver start method.",
        .evPrintIntoPipe: " (into a pipe its parent {parent} reads, as subprocess.run(capture_output=True) does: it never reached the terminal)",
        .evPrintIntoDevnull: " (into /dev/null: it never reached the terminal)",
        .evPrintIntoFile: " (into a file or descriptor its parent {parent} gave it, not the stream it would have inherited)",
        .noteWaitAfterResultHandlerDied: "{pool}'s result-handler thread ended at {at}: a callback of task {job} raised {error} there, and any exception but KeyError ends that thread. No later result of {pool} reaches the parent, so this {call} for {task} can only time out (without a timeout it waits forever).",
    ]
}
