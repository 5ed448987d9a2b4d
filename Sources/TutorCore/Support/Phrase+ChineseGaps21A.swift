extension Phrase {
    /// 第 21A 轮补漏（第 20、20H 轮在 Swift 一侧留下的问题）的中文文本。
    static let chineseGaps21A: [Phrase: String] = [
        .panelUnitsReleasedByOthers: "没有占着名额的进程调用 release()：{n} 次（每次多出一个空名额；占着名额的仍在里面）",
        .evPoolCreateThreads: "{object} 已创建：{n} 个工作线程（这是 ThreadPool，multiprocessing.dummy.Pool() 造出的就是它：干活的是本进程里的线程，任务和结果都不经过 pickle）",
        .summaryPoolThreadWorkers: "{n} 个工作线程：ThreadPool",
        .summaryExecutorCut: "，其中 {n} 个随着中途结束的工作进程丢失（{list}）",
        .summaryExecutorCutItem: "工作项 {n}",
    ]
}
