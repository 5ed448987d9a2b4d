extension Phrase {
    /// The Chinese texts of `englishRound16F`.
    static let chineseRound16F: [Phrase: String] = [
        .noteExitEscapedAfterRaise: "：run() 已经因抛出 {raised} 而结束，之后 multiprocessing 自己的清理中又抛出了 {error}（在 fork 下不会有任何东西把它打印出来）",
        .evSubmitAfterShutdownAt: "（{time} 时已对它调用了 shutdown()：从那以后它不再接受新的工作项；with 块结束时也会调用 shutdown()）",
        .evMapTimeoutSpent: "（map() 的超时 {duration} 从调用 map() 时算起：已经一点不剩：它比这次等待早 {over} 就用完了）",
    ]
}
