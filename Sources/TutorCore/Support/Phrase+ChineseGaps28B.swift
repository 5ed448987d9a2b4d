extension Phrase {
    /// The Chinese texts of `englishGaps28B`.
    static let chineseGaps28B: [Phrase: String] = [
        .laneRenamed: "{name}（原名 {was}）",
    ]
}
