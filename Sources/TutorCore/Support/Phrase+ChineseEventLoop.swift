extension Phrase {
    /// The Chinese texts of `englishEventLoop`.
    static let chineseEventLoop: [Phrase: String] = [
        .evLoopSelectWait: "事件循环没有可运行的任务：它的线程在 select() 中等待；尚未完成：{what}（由 run_in_executor() 提交）。这是事件循环的等待，不是某一个协程的等待：select() 返回之前，这个循环的所有协程都处于挂起状态；等待某个工作项的协程要等该项完成后才会继续，除非这个等待先被取消（例如 wait_for() 超时、任务被 cancel()）：即便如此，工作项本身仍会继续运行",
        .waitLoopSelect: "事件循环的下一个就绪回调，此时没有可运行的任务（这个循环的所有协程都处于挂起状态；尚未完成：{what}，由 run_in_executor() 提交）",
    ]
}
