extension Phrase {
    /// The Chinese texts of round 29 (see `englishRound29`).
    static let chineseRound29: [Phrase: String] = [
        .evBarrierReturned: "，wait() 返回 {index}",
        .evEventPolledSetAgo: "；{who} 早在 {at} 就调用了 set()，比这次轮询早 {ago}",
    ]
}
