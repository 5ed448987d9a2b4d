extension Phrase {
    /// The English texts of an imap result read by iterating over it (no next() written by the program).
    static let englishIteration: [Phrase: String] = [
        .evIteratingCall: "the iteration over the {method}() result",
    ]
}
