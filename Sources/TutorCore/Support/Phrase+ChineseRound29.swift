extension Phrase {
    /// The Chinese texts of round 29 (see `englishRound29`).
    static let chineseRound29: [Phrase: String] = [
        .evBarrierReturned: "，wait() 返回 {index}",
    ]
}
