extension Phrase {
    /// 第六轮真实性审查（A 部分）新增的中文文本：不是我们写的程序（concurrent.futures、Pool、Manager 和日志）。
    static let chineseRound6A: [Phrase: String] = [
        .evCancelRunningIn: "cancel() → False：工作项 {work} 正在 {worker} 中运行，cancel() 无法停止它",
        .evCancelRanIn: "cancel() → False：工作项 {work} 已经在 {worker} 中运行完了（结果送回后它的 Future 才会被设置），所以 cancel() 无法停止它",
        .evCancelInCallQueue: "cancel() → False：工作项 {work} 已经被放进 {object} 的调用队列，工作进程会从那里取走它（它的 Future 显示为 running，但还没有工作进程开始运行它），所以 cancel() 无法停止它",
        .evPoolCollected: "{object} 在还有工作进程存活时被垃圾回收了（程序从未 join 或 terminate 它）：它的终结器（finalizer）终止了这个进程池",
        .evPoolTerminatedAtExit: "程序退出时，multiprocessing 的退出函数终止了 {object}（程序从未 join 或 terminate 它）",
        .notePoolCollected: "（是 {pool} 的终结器发送的：程序从未 join 或 terminate {pool}，而这个 Pool 对象被垃圾回收了，例如它是函数的局部变量，函数返回时就被回收）",
        .noteCallbackChunks: "：{task} 分成 {n} 个块运行，由 {workers} 计算；每个块的结果都传回父进程之后，回调才一次拿到全部结果",
        .noteWorkerWithPid: "{worker}（进程 pid {pid}）",
        .noteUnreadableResult: "没有工作进程死掉：{object} 的管理线程无法反序列化（unpickle）{which}（{error}；例如某个异常类的 __init__ 无法用它传给 Exception 的 args 再次调用）。执行器把这当作丢失了工作进程：它让挂起的 {pending} 个 Future 以 BrokenProcessPool 失败（其消息说有进程“突然终止”，其实并没有），并终止它的工作进程。",
        .noteUnreadableWhich: "工作进程为工作项 {work} 送回的内容",
        .noteUnreadableSome: "工作进程送回的一个结果",
        .evExecutorBrokenOne: "{object} 已损坏：它挂起的 1 个工作项以 BrokenProcessPool 失败",
        .activityIdleClosed: "空闲；它的进程池已关闭（close()）：不能再提交新任务，它只会取走已在排队的任务，然后结束",
        .activityIdleTerminating: "空闲；它的进程池正在被终止：它不会再取任务",
    ]
}
