extension Phrase {
    /// The Chinese texts of `englishUnreadResults`.
    static let chineseUnreadResults: [Phrase: String] = [
        .summaryPoolUnreadErrors: "没人读取的错误：{list}。它们都在工作进程中抛出；没有任何 get() 读取，也没有 error_callback 运行，所以这些异常没有到达程序自己的代码（get() 本会把它抛出）",
        .summaryPoolUnreadError: "task {job}（{method}）：{error}",
        .evImapGiven: "任务处理线程已读完 task {job} 的全部输入：{items} 项，分成 {chunks} 块，每块都已放入工作进程的任务队列",
        .evImapUnread: "{object} 结束：task {job} 已有 {n} 个结果返回，程序此时还没有读取（这些结果留在 imap() 的结果对象里，池结束后程序仍可读取）",
        .evImapAllRead: "{object} 结束：task {job} 已返回的结果程序都读取了",
        .summaryImapGiven: "task {job}（{method}）共收到 {items} 项，分成 {chunks} 块：{started} 块开始运行，{never} 块从未开始",
        .summaryImapUnread: "；池结束时，已有 {n} 个结果返回，尚未被读取",
    ]
}
