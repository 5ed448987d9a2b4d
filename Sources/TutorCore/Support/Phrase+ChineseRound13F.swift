extension Phrase {
    /// Chinese texts of round 13F: concurrent.futures as real programs use it (a broken executor's Futures, a submit()
    /// that failed after queuing, a work item's SystemExit raised again by result()).
    static let chineseRound13F: [Phrase: String] = [
        .evFutureReadBroken: "对已完成的工作项 {work} 调用 {call}：程序拿到的是 {object} 在 {time} 损坏时给它的 Future 设置的 BrokenProcessPool；工作项本身并没有抛出异常（它的结果一直没有传回来）",
        .evSubmitRaisedQueued: "对 {object} 调用 submit({func}) 抛出了 {error}，但此前它已经创建了工作项 {work} 并放进了队列：它是在启动执行器的工作进程或管理线程时失败的，所以程序始终没有拿到这个工作项的 Future",
        .evMainEndFutureExit: "主代码因工作项 {work} 的 result() 再次抛出的 SystemExit({arg}) 而结束：这是工作项自己的 SystemExit，concurrent.futures 在工作项运行的地方捕获了它并存进 Future（工作项里的 SystemExit 既不会结束工作进程，也不会结束运行它的线程）；这里没有人捕获它：运行完 atexit 处理函数后，Python 以退出码 {code} 退出",
        .noteExitMainFutureExit: "：它的主代码因工作项 {work} 的 result() 再次抛出的 SystemExit({arg}) 而结束（那是工作项自己的，存在它的 Future 里），没有被捕获",
        .noteCalledTerminateFirst: "（{by} 在 {at} 最先对它调用了 terminate()；之后 {again} 又对它调用了 terminate()）",
        .noteCalledKillFirst: "（{by} 在 {at} 最先对它调用了 kill()；之后 {again} 又对它调用了 kill()；SIGKILL 无法被捕获）",
        .evShutdownWithError: "：{error} 正在离开 with 块，块结束时调用了 shutdown(wait=True)，所以要等 shutdown() 返回后 {error} 才会继续向外抛出",
        .evExecutorMaxTasks: "，max_tasks_per_child 为 {n}：每个工作进程运行完 {n} 个工作项就退出；只有当执行器认为没有空闲的工作进程时，才会启动一个新进程接替它（在 Python 3.11 中这个计数可能出错，见 CPython 问题 gh-115634：工作项随后会在没有任何工作进程的情况下一直等待）",
    ]
}
