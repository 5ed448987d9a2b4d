extension Phrase {
    /// The Chinese texts of `englishEventLoop`.
    static let chineseEventLoop: [Phrase: String] = [
        .evLoopSelectWait: "事件循环没有可运行的任务：它的线程在 select() 中等待；尚未完成：{what}（由 run_in_executor() 提交；等待其中某项的协程要等它完成才会继续）",
    ]
}
