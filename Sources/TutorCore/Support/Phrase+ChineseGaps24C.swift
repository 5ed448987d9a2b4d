extension Phrase {
    /// The Chinese texts of gaps 24C (issue 11): the loop over an imap result, said as the loop (遍历 … 的结果).
    static let chineseGaps24C: [Phrase: String] = [
        .summaryUnfinishedWaitIterated: "{who} 遍历 {target} 的 {method}() 结果，从 {t} 起",
        .summaryCutWaitIterated: "{who} 遍历 {target} 的 {method}() 结果，从 {t} 起，直到它的进程被 {signal} 结束（记录显示它在 {at} 已经结束）",
    ]
}
