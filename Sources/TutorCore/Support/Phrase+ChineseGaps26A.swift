extension Phrase {
    /// Chinese texts of gaps 26A (see `englishGaps26A`).
    static let chineseGaps26A: [Phrase: String] = [
        .activityWaitsSince: "从 {t} 起{what}",
        .activityWaitsRunEnded: "从 {t} 起{what}，运行结束时仍在等待",
        .activityThreadWaits: "线程 {thread} {what}",
        .panelThreadsEnded: "{n} 个已结束",
        .panelThreadWorkersListed: "已启动 {n} 个工作线程（这是 ThreadPool：干活的是本进程里的线程）",
    ]
}
