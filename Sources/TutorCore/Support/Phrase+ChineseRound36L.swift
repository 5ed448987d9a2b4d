extension Phrase {
    /// Chinese texts of round 36L (see `englishRound36L`).
    static let chineseRound36L: [Phrase: String] = [
        .rowsLeftOutOthersEvents: "另有 {n} 种（{events}）",
        .countEventsLeftOut: "共 {n} 个事件",
    ]
}
