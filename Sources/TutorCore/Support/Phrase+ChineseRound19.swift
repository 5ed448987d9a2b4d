extension Phrase {
    /// The Chinese texts of round 19 (see Phrase+EnglishRound19.swift).
    static let chineseRound19: [Phrase: String] = [
        .evEventPolledToEndUnseen: "从 {at} 起用 is_set() 轮询 {object} {n} 次：每次都是 {result}；其实 {by} 在 {when} 调用了 {object} 的 {changed}，但这些轮询都没有看到这次变化",
        .summaryPolledToEndUnseen: "{who} 从 {at} 起轮询 {object} {n} 次，直到它的线程结束，每次都是 {result}；其实 {by} 在 {when} 调用了 {object} 的 {changed}，但没有一次轮询看到这次变化",
    ]
}
