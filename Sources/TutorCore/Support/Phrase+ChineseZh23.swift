extension Phrase {
    /// zh23：遍历 imap 结果的各行各有一整句，不再把两个短语用“的”拼起来；回调就叫回调；
    /// 执行器摘要里每个工作进程做了几个工作项，要带量词。
    static let chineseZh23: [Phrase: String] = [
        .evIterationWaitTask: "遍历 {method}() 的结果，等待 {task}",
        .evIterationWaited: "遍历 {method}() 的结果时取到了 {task}{waited}",
        .evIterationWaitedRaised: "遍历 {method}() 的结果时，读取 {task} 抛出了 {error}{waited}",
        .evIterationEnded: "遍历 {method}() 的结果（task {job}）走到了尽头{waited}：每一项都已读过（抛出的 StopIteration 只是让循环结束，不是错误）",
        .evCallbackWhich: "回调",
        .summaryExecutorRanBy: "{worker} 做了 {n} 个",
    ]
}
