extension Phrase {
    /// The English texts added by the third review of unseen programs.
    static let englishTruth3: [Phrase: String] = [
        .waitWorkItemsAnd: " and ",
    ]
}
