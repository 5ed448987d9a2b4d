extension Phrase {
    /// The Chinese texts of a Pool's result-handler thread that an exception escaped.
    static let chineseResultHandler: [Phrase: String] = [
        .noteResultHandlerEnded: "{pool} 的结果处理线程在这里结束了：{error} 在这个线程里没有被捕获（上面的回溯就是它打印的），之后也没有任何东西会重新启动它。{pool} 之后的任何结果都到不了父进程，所以对尚未送回的结果调用 get() 或 wait() 只能超时（没有超时就会永远等下去）。",
        .noteResultHandlerTask: "task {job}",
        .noteResultHandlerOwed: "当时仍未送回结果的任务：{tasks}。",
    ]
}
