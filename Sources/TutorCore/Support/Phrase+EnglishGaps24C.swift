extension Phrase {
    /// The English texts of gaps 24C (issue 11): a summary's unfinished or cut wait that is the program's loop over an
    /// imap result is said as that loop, not as a `next()` the program never wrote.
    static let englishGaps24C: [Phrase: String] = [
        .summaryUnfinishedWaitIterated: "{who} in the iteration over the {method}() result on {target} since {t}",
        .summaryCutWaitIterated: "{who} in the iteration over the {method}() result on {target} since {t}, until its process was ended by {signal} (seen ended at {at})",
    ]
}
