extension Phrase {
    /// 第 24F 轮（issue 11）的中文文本：concurrent.futures 的边角情形。
    static let chineseRound24F: [Phrase: String] = [
        .evThreadShutdownWaitChild: "run() 返回后，multiprocessing 的 Process._bootstrap() 调用 threading._shutdown()：要等非守护线程 {threads} 结束，这个进程才能退出",
        .waitThreadsAfterRun: "{threads} 结束（run() 返回后，Process._bootstrap() 要先等非守护线程结束，进程才会退出）",
        .evCancelByShutdownThreads: "shutdown(cancel_futures=True) 取消了还在执行器队列里、没有工作线程取走的工作项 {work}：它永远不会运行",
        .evSpawnReplacesAtShutdown: " · {executor} 的管理线程启动它来顶替 {old}（{old} 做完 max_tasks_per_child 规定的 {n} 个工作项后退出了）：在 Python 3.11 中，即使 shutdown() 已在 {time} 被调用，管理线程也会这样补上工作进程；{name} 没有拿到任何工作项",
    ]
}
