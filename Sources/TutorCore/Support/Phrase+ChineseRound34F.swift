extension Phrase {
    /// 第 34F 轮的中文：map_async 任务有块始终没做完，它的错误没有任何 get() 能读到；工作进程取走了无法反序列化的任务而卡住。
    static let chineseRound34F: [Phrase: String] = [
        .summaryPoolNeverReady: "没有任何 get() 能读到的错误：{list}。每个都有 get() 在等，等到超时才放弃：map_async() 或 starmap_async() 的结果要等所有块都做完才算就绪，get() 也要到那时才抛出第一个错误",
        .summaryPoolNeverReadyJob: "task {job}（{method}）：{chunks} 块中有 {failed} 块抛出 {error}，{never} 块始终没做完",
        .hangTakenTasksLost: "{who} 从 {t} 起{what}，但 {pool} 有 {n} 个任务被工作进程从任务队列取走后无法反序列化（{parts}）：读取下一个任务失败的 Pool 工作进程会退出，进程池另起一个顶替它，而那个任务不会再发一次，所以这些结果永远不会来，进程池也永远做不完。",
        .hangTakenTaskPart: "{worker}，{t} 时 {error}",
        .hangTakenTaskMore: "，另有 {n} 个",
    ]
}
