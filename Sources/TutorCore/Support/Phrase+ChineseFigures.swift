extension Phrase {
    /// The Chinese texts of the figures `check` shows beside a failed claim's query, for the lesson's author.
    static let chineseFigures: [Phrase: String] = [
        .figNoMatch: "没有与 {selector} 匹配的事件",
        .figOrder: "{first} 是第 {seq1} 号事件，在 {t1}；{second} 是第 {seq2} 号事件，在 {t2}",
        .figNoEvents: "根本没有 {kind} 事件",
        .figSomeNot: "{n} 个中有 {bad} 个不满足，例如{example}",
        .figAllDo: "{n} 个全都满足，例如{example}",
        .figSomeDo: "{n} 个满足，例如{example}",
        .figNoneDo: "{n} 个 {kind} 事件都不满足",
        .figEvent: "第 {seq} 号事件（{process} pid {pid} 线程 {thread} 中的 {kind}）",
    ]
}
