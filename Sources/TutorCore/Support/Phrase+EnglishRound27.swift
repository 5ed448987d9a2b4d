extension Phrase {
    /// The English texts of round 27 (issue 11): a join(timeout) that gave up on a child blocked acquiring a Lock that
    /// a process (or a thread of one) took and then ended holding says so, and why no release() could come.
    static let englishRound27: [Phrase: String] = [
        .noteJoinGaveUpLockKept: " {label} had been taken and never released: {holders}. A multiprocessing Lock is not released when the process holding it ends (a with-block's exit never runs in a process ended by a signal or os._exit), so no release() could come.",
    ]
}
