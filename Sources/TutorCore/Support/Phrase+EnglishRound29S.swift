extension Phrase {
    /// The English texts of round 29S (issue 11): an Event's wait(timeout) that ran out after every other process of
    /// the run had ended without setting it says so, and for how long it waited with no one left to set it.
    static let englishRound29S: [Phrase: String] = [
        .noteEventNoSetter: "{object}.wait() gave up after {waited}: no set() of {object} had been made, and every other process of the run had already ended ({ended}). No other process was left that could set it, and this process had no other thread of the program's: for the last {idle} (since {t}) nothing could end this wait but its timeout.",
        .noteEventNoSetterEnded: "{name} at {t}, exitcode {code}",
        .noteEventNoSetterMore: " and {n} more",
        .noteEventNoSetterSep: "; ",
        .summaryPoolJoinRaised: "{n} join() call{s} that raised in the calling process",
    ]
}
