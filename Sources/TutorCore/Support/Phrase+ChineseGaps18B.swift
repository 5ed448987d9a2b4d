extension Phrase {
    /// The Chinese texts of gaps 18B (see the English table).
    static let chineseGaps18B: [Phrase: String] = [
        .evTaskNotEntered: "（这个异常是调用本身抛出的，{func} 的第一行还没运行：{func} 根本没有开始）",
        .summaryPoolNotEntered: "（其中 {n} 个是在调用本身抛出的：函数根本没有开始）",
        .summaryPoolCallsRaised: "{n} 次 {method}() 调用在调用它的进程里就抛出了异常，没有发出任务",
        .evSignalIgnored: "（{name} 忽略了 {signal}：信号发出时它的处理方式是 SIG_IGN，所以这个信号对它毫无作用）",
    ]
}
