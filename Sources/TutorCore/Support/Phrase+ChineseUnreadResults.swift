extension Phrase {
    /// The Chinese texts of `englishUnreadResults`.
    static let chineseUnreadResults: [Phrase: String] = [
        .summaryPoolUnreadErrors: "没人读取的错误：{list}。它们都在工作进程中抛出；没有任何 get() 读取，也没有 error_callback 运行，所以这些异常没有到达程序自己的代码（调用 get() 才会把它抛出）",
        .summaryPoolUnreadError: "任务 {job}（{method}）：{error}",
    ]
}
