extension Phrase {
    /// 第 21A 轮补漏（第 20、20H 轮在 Swift 一侧留下的问题）的中文文本。
    static let chineseGaps21A: [Phrase: String] = [
        .panelUnitsReleasedByOthers: "没有占着名额的进程调用 release()：{n} 次（每次多出一个空名额；占着名额的仍在里面）",
        .evPoolCreateThreads: "{object} 已创建：{n} 个工作线程（这是 ThreadPool，multiprocessing.dummy.Pool() 造出的就是它：干活的是本进程里的线程，任务和结果都不经过 pickle）",
        .summaryPoolThreadWorkers: "{n} 个工作线程：ThreadPool",
        .summaryExecutorCut: "，其中 {n} 个随着中途结束的工作进程丢失（{list}）",
        .summaryExecutorCutItem: "工作项 {n}",
        .noteTimeoutAfterResultHandlerEnded: "{task} 的 {call} 放弃等待，是因为 {pool} 的结果处理线程（它从工作进程读取结果，再交给对应的 get()）已在 {at} 结束（{error} 在它里面没有被捕获）：从那以后 {pool} 的任何结果都到不了这个进程，多等也没有用{sent}。",
        .noteTimeoutResultUnread: "（{worker} 在 {at} 完成了 {task}，那时这个线程已经结束：它的结果没有人读）",
    ]
}
