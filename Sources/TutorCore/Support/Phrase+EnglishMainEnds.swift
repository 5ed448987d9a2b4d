extension Phrase {
    /// The English texts of how the main process's own code ended (`process.main.end`): an uncaught exception or
    /// sys.exit(arg), which mp-tutor's observed exit status alone cannot tell apart.
    static let englishMainEnds: [Phrase: String] = [
        .evMainEndUncaught: "its main code raised {error}, and nothing caught it (the traceback went to stderr): after the atexit handlers, Python exits with code 1",
        .evMainEndInterrupt: "its main code was interrupted by an uncaught KeyboardInterrupt: after the atexit handlers, Python ends itself with SIGINT",
        .evMainEndSysExit: "its main code called sys.exit({arg}): after the atexit handlers, Python exits with code {code}",
        .noteExitMainUncaught: ": its main code raised {error}, and nothing caught it (its traceback went to stderr)",
        .noteExitMainSysExit: ": its main code called sys.exit({arg})",
        // an orphan's new parent under mp-tutor (gaps 11A): it shows in os.getppid()
        .noteOrphanAdopter: " Traced on Linux, its new parent is mp-tutor itself (pid {pid}, which started the run's main process: it makes itself a child subreaper so that it can stop whatever a run leaves behind), not pid 1 or the session's subreaper as untraced: os.getppid() in {child} gives another pid traced than untraced.",
        .evStartedOrphanByRunner: " (mp-tutor, which started the run's main process and adopts its orphans so that it can stop them: untraced, pid 1 or the session's subreaper would, and os.getppid() would say so)",
        // a spawn/forkserver child whose semaphore was gone when it unpickled its arguments (gaps 11A)
        .noteSemaphoreGone: "{child} failed before run(), while unpickling what start() had sent it: a semaphore it needed (an Event's, Lock's, Queue's…: SemLock) no longer existed. {parent}'s own code had ended ({t}) before {child} had finished starting, and at exit multiprocessing first runs its finalizers, which remove the named semaphores the process made, and only then joins the children. Under spawn and forkserver a child unpickles its arguments after it has started: keep the parent running until then (join() the child before its code ends).",
        .noteExitSemaphoreGone: ": it failed before run(), while unpickling what start() sent it (FileNotFoundError: a semaphore its parent had already removed)",
    ]
}
