extension Phrase {
    /// The Chinese texts of a Pool's result-handler thread that an exception escaped.
    static let chineseResultHandler: [Phrase: String] = [
        .noteResultHandlerEnded: "{pool} 的结果处理线程在这里结束了：{error} 从它里面逃了出来（上面的回溯就是它的），之后没有任何东西会再启动它。{pool} 之后的任何结果都到不了父进程，所以对尚未送回的结果调用 get() 或 wait() 只能超时（没有超时就会永远等下去）。",
        .noteResultHandlerTask: "task {job}",
        .noteResultHandlerOwed: "此刻仍未送回的：{tasks}。",
    ]
}
