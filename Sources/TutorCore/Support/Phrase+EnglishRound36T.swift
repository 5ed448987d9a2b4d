extension Phrase {
    /// The English texts of round 36T (issue 11: multiprocessing inside tools): who shut a manager down when no
    /// with-statement of the program did (an ExitStack, unittest's cleanups), and a Pool wait whose timeout ran out
    /// while every worker died in the pool's initializer.
    static let englishRound36T: [Phrase: String] = [
        .evManagerShutdownStackWith: "leaving the ExitStack's with-block shuts {object} down (the stack calls the __exit__ of each context it entered, the last entered first): asks its server process to stop",
        .evManagerShutdownStackClose: "ExitStack.close() shuts {object} down (it calls the __exit__ of each context the stack entered, the last entered first): asks its server process to stop",
        .evManagerShutdownCleanup: "unittest's cleanups shut {object} down (its __exit__ was registered as a cleanup, as TestCase.enterContext() does): asks its server process to stop",
        .noteTimeoutInitDeaths: "No task of {pool} had started when this wait gave up: the initializer {func} raised ({error}) in {failed} of its workers and none got through it; the pool started {n} worker{s} in place of those that ended. While the initializer raises, every new worker dies the same way, and multiprocessing.Pool never passes that error to a call waiting for a result: only a timeout ends such a wait.",
        .panelWorkersAllEnded: "no worker alive: every worker it started ({n}) has ended",
        .panelWorkersEndedUnrecorded: "no worker alive in the record: every worker that recorded its start ({n}) has ended; {m} more began starting and recorded nothing",
    ]
}
