extension Phrase {
    /// The English texts zh30 added so the Chinese can say a row as Chinese says it: the English reads as before
    /// (a thread pool's workers in the executor's panel row, a parenthesised list after Chinese text, a lock's
    /// never-ended wait in the summary).
    static let englishZh30: [Phrase: String] = [
        .panelExecutorThreadWorkers: "workers started: {n}, alive: {alive}",
        .panelParenthesisedList: " ({list})",
        .summaryLockNeverEndedItem: "{who} {t}",
    ]
}
