extension Phrase {
    /// The Chinese texts of an imap result read by iterating over it (no next() written by the program).
    static let chineseIteration: [Phrase: String] = [
        .evIteratingCall: "对 {method}() 结果的遍历",
    ]
}
