extension Phrase {
    /// 第 22A 轮补漏（第 20H、21 轮和第 21B 轮补漏在 Swift 一侧留下的问题）的中文文本。
    static let chineseGaps22A: [Phrase: String] = [
        .noteTerminateAssertion: "{pool}.terminate() 抛出这个 AssertionError，是因为 {pool} 的结果处理线程已在 {at} 结束（{how}），而 {pool} 还有 {n} 个任务没有标记为就绪（{tasks}）：CPython 的 terminate() 先让池的工作进程维护线程停下，再检查：只要还有任务没标记为就绪（结果缓存不为空），结果处理线程就必须活着；这里不满足，于是在终止任何工作进程之前就抛出了。",
        .noteTerminateAssertionExit: "所以 {pool} 的工作进程不是 terminate() 结束的：是 multiprocessing 的退出函数从 {at} 起向它们发送了 SIGTERM（{workers}）。",
        .summaryPoolResultsNeverBack: " · {n} 个结果始终没有送达（{list}）",
        .noteTerminateHowEscaped: "{error} 在它里面没有被捕获",
        .noteTerminateHowCallback: "{task} 的回调在它里面抛出了 {error}",
        .laneThreadPoolWorker: "{process} · 工作线程 {n}（{pool}）",
    ]
}
