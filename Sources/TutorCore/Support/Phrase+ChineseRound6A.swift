extension Phrase {
    /// 第六轮真实性审查（A 部分）新增的中文文本：不是我们写的程序（concurrent.futures、Pool、Manager 和日志）。
    static let chineseRound6A: [Phrase: String] = [
        .evCancelRunningIn: "cancel() → False：工作项 {work} 正在 {worker} 中运行，cancel() 无法停止它",
        .evCancelRanIn: "cancel() → False：工作项 {work} 已经在 {worker} 中运行完了（结果送回后它的 Future 才会被设置），所以 cancel() 无法停止它",
        .evCancelInCallQueue: "cancel() → False：工作项 {work} 已经被放进 {object} 的调用队列，工作进程会从那里取走它（它的 Future 显示为 running，但还没有工作进程开始运行它），所以 cancel() 无法停止它",
    ]
}
