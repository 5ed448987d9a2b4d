extension Phrase {
    /// The English texts of round 22 (multiprocessing beside its stdlib neighbours): a child ended from below Python
    /// (faulthandler's exit=True timer); a forkserver child's os.kill() of the process that started it.
    static let englishRound22: [Phrase: String] = [
        .noteExitOneBelowPython: ": no exception or sys.exit() ended its run() (its record, complete, has no end of run() and no traceback), so something below Python ended it at once, the way faulthandler.dump_traceback_later(..., exit=True) or a C library's exit(1) do (no Python cleanup: no atexit handler runs, Python's buffers are not flushed)",
        .evSignalSentStarter: " → {name}, which started it (the fork server forked it, so os.getppid() here names the server, not {name})",
    ]
}
