extension Phrase {
    /// 缺口 32A 的中文：一连串 `result(timeout=…)` 轮询合成一行、进程池里唯一一个还没进入 run() 就被结束的工作进程，
    /// 以及面板列出的三个之外、初始化函数也抛出了异常的工作进程。
    static let chineseGaps32A: [Phrase: String] = [
        .evResultPolls: "{n} 次 result(timeout={timeout}) 调用接连抛出 TimeoutError，历时 {span}：当时{items}都还没有完成（超时的 result() 不会取消工作项，它照旧排队或运行）",
        .evResultPollsItemOne: "工作项 {list}",
        .evResultPollsItems: "工作项 {list}",
        .summaryPoolIdleNeverRanOne: "（{list} 一直没有进入 run()：它在启动途中、正把 {main} 作为 __mp_main__ 导入时就被结束了）",
        .panelExecutorInitRaisedMore: "（在它们之前还有 {n} 个工作进程也是如此）",
        .noteTimedOutJob: "get() 等了 {duration} 后放弃了这个含 {n} 个任务的作业，但这没有让其中任何一个停下：AsyncResult.get() 的超时只结束这次等待：不会向进程池发送任何东西，作业的任务一切照旧（结果如果全部回来，会留给之后的 get()）。各个任务：{list}。",
        .noteTimedOutJobMore: "；另有 {n} 个未列出",
        .noteTimedOutJobDone: "{task} 已在 {t} 运行完毕",
        .noteTimedOutJobRunning: "{task} 正在 {worker} 里运行（从 {since} 开始）{after}",
        .noteTimedOutJobQueued: "{task} 还没有开始{started}{after}",
        .noteTimedOutJobStarted: "，在 {t} 于 {worker} 中开始运行",
        .noteTimedOutJobFinished: "，在 {t} 运行完毕",
        .noteTimedOutJobWorkerEnded: "，直到 {worker} 在 {t} 结束（退出码 {code}）都还没运行完",
        .noteTimedOutJobRecordEnd: "，直到记录结束都还没运行完",
    ]
}
