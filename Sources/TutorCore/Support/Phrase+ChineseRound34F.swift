extension Phrase {
    /// 第 34F 轮的中文：map_async 任务有块始终没做完，它的错误没有任何 get() 能读到。
    static let chineseRound34F: [Phrase: String] = [
        .summaryPoolNeverReady: "没有任何 get() 能读到的错误：{list}。每个都有 get() 在等，等到超时才放弃：map_async() 或 starmap_async() 的结果要等所有块都做完才算就绪，get() 也要到那时才抛出第一个错误",
        .summaryPoolNeverReadyJob: "task {job}（{method}）：{chunks} 块中有 {failed} 块抛出 {error}，{never} 块始终没做完",
    ]
}
