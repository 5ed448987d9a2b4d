extension Phrase {
    /// gaps 38A 的中文文本：刚启动、还没拿到任务的工作进程是空闲的；工作进程结束时带走的任务；Barrier 的汇总行；
    /// JoinableQueue 的 task_done() 次数；队列行里的数字是什么。
    static let chineseGaps38A: [Phrase: String] = [
        .activityIdleFirst: "空闲，等待第一个任务",
        .activityIdleWorkItem: "空闲，等待工作项",
        .panelPoolTaskLost: "{task} 已丢失：{worker} 在运行它时结束了（{end}）",
        .countBarrierWaits: "{n} 次 wait() 调用",
        .summaryBarrier: "{label}（{n} 方）：{waits}",
        .summaryBarrierPassed: "，{n} 次通过",
        .summaryBarrierRaised: "，{n} 次抛出 BrokenBarrierError",
        .summaryBarrierTimedOut: "，{n} 次超时（{list}）",
        .summaryBarrierBrokenByTimeout: "，{t} 时因 {who} 超时而被破坏",
        .summaryBarrierAbort: "，{who} 在 {t} 调用了 abort()",
        .summaryBarrierReset: "，{who} 在 {t} 调用了 reset()",
        .summaryBarrierOpen: "，{n} 次一直没有返回（{list}）",
        .summaryQueueTaskDone: "{label}：放入 {puts} 次，取出 {gets} 次，task_done() {done} 次，最多 {n} 项在排队",
        .panelQueueCount: "{n} 项数据",
        .panelQueueBounded: "{n}/{max} 项数据",
        .activityQueueGet: "从 {t} 起等待从 {object} 取数据",
        .activityQueuePut: "从 {t} 起等待向 {object} 放入数据",
    ]
}
