extension Phrase {
    /// The English texts of gaps 12B: an executor broken by its own closed result pipe, a bound method's instance
    /// pickled with it, a Manager lock's holder, an unsendable work item's message, the pool summary's calls.
    static let englishExecutorGaps: [Phrase: String] = [
        .noteReaderClosed: "No worker died and no result failed: {object}'s manager thread went to read the next result from the executor's result pipe, which this process had already closed under it (OSError: handle is closed).",
        .noteReaderClosedEffect: " The executor treats that like a lost worker: it fails its {pending} pending Future{s} with BrokenProcessPool, whose message speaks of a process \"terminated abruptly\" though none was, and terminates its workers.",
        .noteReaderClosedInterrupted: " In concurrent.futures only shutdown(wait=True) closes that pipe, once it has joined the manager thread; but an earlier shutdown() was interrupted at {t} ({error} raised in it while it waited for that thread), and Python then counts the thread as ended, so a later shutdown() does not wait for it before closing the pipe{shutdown}.",
        .noteReaderClosedBy: ", as the shutdown() that returned at {t} did",
        .evFutureNeverSentMessage: "work item {work} never reached a worker: sending it failed ({message}), so its Future holds that exception",
        .evFutureNeverSentArgument: "work item {work} never reached a worker: its argument {argument} (a {type}) could not be pickled ({message}), so sending it failed and its Future holds that exception",
        .summaryPoolCalls: "{n} {method}() call{s}",
        .summaryPoolCallsSeparator: ", ",
        .noteProxyLockWait: "{who} waited {duration} for {lock}{holder}: a Manager's {type}, whose acquire() waits in the manager's server process until a release() reaches it there.",
        .noteBoundMethodCopied: "{call} was given a bound method, {func}: pickling it for a worker pickles its instance, a {class}, with it, so each work item of {object} runs {func} on its own copy of that {class}, unpickled in the worker process. What {func} changes in self stays in that copy: the {class} in {who} never sees it, and only what the method returns comes back.",
    ]
}
