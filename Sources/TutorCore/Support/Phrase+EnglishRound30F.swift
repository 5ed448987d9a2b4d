extension Phrase {
    /// The English texts of round 30F (issue 11): output on no row in a run where a signal ended a process outside a
    /// recorded wait; that process may have written it in a call whose event was never written, so "went past
    /// print()" is one cause among two, not the cause. A broken executor's note names the workers whose initializer
    /// raised but that had not ended yet (they are stopped with the others).
    static let englishRound30F: [Phrase: String] = [
        .summaryUnrecordedOutputOrCut: "at least {n} character{s} the run wrote to {stream} are on no row: either they went past print()/sys.{stream} (sys.{stream}.buffer.write, os.write, a C extension or a subprocess), or a process named above wrote them in a call whose event its signal cut off",
        .noteInitRaisedNotEnded: " The initializer had raised in {workers} too, not yet ended when the executor broke: the manager thread stops such a worker with the others.",
        .noteInitRaisedNotEndedItem: "{worker} (at {t})",
    ]
}
