extension Phrase {
    /// 第 30B 轮：进程丢失的事件在每个显示该进程的画面上都说出来；摘要里没有记录结束方式的进程换一种说法。
    static let chineseGaps30B: [Phrase: String] = [
        .panelLost: "{warn} 它丢失了 {n} 个事件（何时丢失的，记录里没有）",
        .panelLostOne: "{warn} 它丢失了 1 个事件（何时丢失的，记录里没有）",
        .stepLaneLost: "{warn} 丢失 {n} 个，时间不明",
        .summaryEndsNotRecorded: "{n} 个进程的结束方式没有记录下来",
        .summaryEndNotRecordedOne: "1 个进程的结束方式没有记录下来",
        .summaryMemberEndNotRecorded: "怎样结束的没有记录下来",
    ]
}
