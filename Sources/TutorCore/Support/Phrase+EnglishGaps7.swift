extension Phrase {
    /// The English texts added by gaps 7 (issue 11, what the review rounds left): done-callbacks, timeouts,
    /// one-way pipe misuse, transfer sizes.
    static let englishGaps7: [Phrase: String] = [
        .evFutureCallbackRun: "runs done-callback {func} of work item {work}",
        .evFutureCallbackEnd: "done-callback {func} of work item {work} returned after {duration}",
        .evProcessError: "{op}() of {name} failed: {error}",
        .evProcessErrorUnnamed: "{op}() of a {name} object failed: {error} (the object has no name: Process.__init__ did not run on it)",
        .noteBrokenPlainOne: "{object} marked itself broken: its 1 pending Future fails with BrokenProcessPool.",
        .evPipeSendError: "{call} on {object} {end} raised {error}: nothing was sent",
        .evPipeBytesSent: " ({size}; the call took {duration})",
        .evPipeBytesReceived: " ({size})",
        .evQueueCloseSimple: "{object}.close(): this process's two ends of its pipe are closed: a put() or get() here now raises OSError (other processes' ends stay open)",
        .evByteCount: "{n} bytes",
        .evMapTimeoutLeft: " (map()'s timeout {duration}: {left} of it left)",
        .evTimeoutRanOut: ": its timeout of {duration} ran out",
        .evManagerAsked: " (sent to the manager at this moment; the server ran it during the {duration} round trip that followed)",
        .evExitLastThread: "exited, code 0: its last thread ended (it was forked in a thread other than the main one, so that thread was its main code; no interpreter exit follows, and atexit handlers do not run)",
        .noteProxyLostFigures: " The values prove the whole figure: each of the {writes} writes to {place} ({writers}) stored the value its writer had just read {step}. Had every update landed, {place} would have gone from {initial} to {full}; {reader} read {final} in a call sent after every write's answer had come back: {landed} of the {writes} updates landed, {lost} lost.",
        .evShmBufNotTraced: " (reads and writes through its .buf are not traced: this timeline cannot show them)",
        .hangManagerServerSilent: "{who} {what} since {t}, and that server process, {server} (pid {pid}), was still running: it had neither sent its address nor ended. A manager's server sends its address only once it is set up, after the initializer given to start() has returned, so something in {server} never finished (an initializer that blocks or loops forever hangs start() this way); start() has no timeout.",
    ]
}
