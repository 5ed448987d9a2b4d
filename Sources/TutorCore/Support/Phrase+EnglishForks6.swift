extension Phrase {
    /// The English texts of round 6's fork and signal gaps: a hand-forked child's own normal end (the end of the
    /// script, sys.exit() and what it was given, a SystemExit whose code the child cannot see), signals other than
    /// SIGKILL/SIGTERM and os.killpg(), and what sys.exit() got in run().
    static let englishForks6: [Phrase: String] = [
        .evExitKeyboardInterrupt: "exits: a KeyboardInterrupt was not caught (after its cleanup Python ends itself with SIGINT)",
        .evExitEndOfScript: "reached the end of the script: exits, code 0",
        .evExitSysExitArg: "sys.exit({arg}): exits, code {code}",
        .evExitSystemExitUnknown: "exits: a SystemExit not raised by sys.exit() (raise SystemExit(…)) ended the script; its code is not known to the child (its parent's wait sees it)",
        .evOsKillpg: "os.killpg(…, {signal}) → {name} (pid {pid}, in that process group)",
        .evSignalProbe: ": sends no signal, only checks that the process exists",
        .evSignalStop: " (SIGSTOP stops it until a SIGCONT; it cannot be caught or ignored)",
        .evSignalCont: " (SIGCONT lets a stopped process run again)",
        .noteCalledOsCall: " ({by} sent it {signal} with {call})",
        .noteExitForkSysExit: ": the child called sys.exit({arg})",
        .noteExitRunSystemExit: ": run() raised SystemExit({arg}), as sys.exit({arg}) does",
        .noteExitSystemExitUnknown: ": a SystemExit not raised by sys.exit() ended it (raise SystemExit(…)); the child could not see its code, its parent's wait did",
        .evFoundAfterEnd: " (written here without a newline; the process was ended before its newline came, and the tracer found the text after the run)",
        .noteLockHeldAtFork: "{lock} is a threading lock, and {holder} (another thread of {parent}) held it when {child} was forked: the child's copy of the lock stays locked, because the thread that would release it was not copied into the child: unless code in {child} releases that copy itself, acquiring it there never succeeds (a blocking acquire() deadlocks, a timed one gives up). Fork before starting threads, or use the spawn or forkserver start method.",
    ]
}
