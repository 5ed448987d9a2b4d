extension Phrase {
    /// The English texts of round 20 (pitfalls learners hit when they mix things): a forked child's copy of a module
    /// import lock that another thread of its parent held at the fork. Short: it is a row in a lane. "Can": a new
    /// thread of the child that reuses the holder's thread id takes the lock as its own (and gets the half-run module).
    static let englishRound20: [Phrase: String] = [
        .evImportLockHeld: "forked while {parent}'s thread {holder} was importing {module}: its import lock stays held here (that thread was not copied), so importing {module} here can block forever",
        .evFeederWrittenAtExit: "at exit, multiprocessing joins {object}'s feeder thread, which has written every item this process put (the queue was empty after a get at {t}) and has yet to release the queue's write lock",
        .evFeederWritten: "join_thread() waits for {object}'s feeder thread, which has written every item this process put (the queue was empty after a get at {t}) and has yet to release the queue's write lock",
        .evSignalSentSubprocess: " (to the command this process started with subprocess, pid {pid})",
    ]
}
