extension Phrase {
    /// The Chinese texts of round 36T (see `englishRound36T`).
    static let chineseRound36T: [Phrase: String] = [
        .evManagerShutdownStackWith: "离开 ExitStack 的 with 块时关闭 {object}（ExitStack 按后进先出的顺序，调用它进入过的每个上下文的 __exit__）：请它的服务进程停止",
        .evManagerShutdownStackClose: "ExitStack.close() 关闭 {object}（它按后进先出的顺序，调用这个 ExitStack 进入过的每个上下文的 __exit__）：请它的服务进程停止",
        .evManagerShutdownCleanup: "unittest 的清理函数关闭 {object}（它的 __exit__ 被登记成了清理函数，TestCase.enterContext() 就是这样做的）：请它的服务进程停止",
        .noteTimeoutInitDeaths: "这次等待放弃时，{pool} 还没有任何任务开始过：初始化函数 {func} 在它的 {failed} 个工作进程里都抛出了异常（{error}），没有一个通过初始化；进程池又启动了 {n} 个工作进程来顶替结束的那些。只要初始化函数一直出错，每个新工作进程都会以同样的方式结束，而 multiprocessing.Pool 从不把这个错误交给正在等结果的调用：这样的等待只有超时才能结束。",
        .panelWorkersAllEnded: "没有存活的工作进程：它启动的 {n} 个工作进程都已结束",
        .panelWorkersEndedUnrecorded: "记录里没有存活的工作进程：记录了启动的 {n} 个工作进程都已结束；另有 {m} 个开始启动后什么也没有记录",
    ]
}
