extension Phrase {
    /// Chinese texts of gaps 29A (see `englishGaps29A`).
    static let chineseGaps29A: [Phrase: String] = [
        .panelExecutor: "执行器",
        .panelWorkItems: "工作项",
        .panelExecutorWorkers: "已启动的工作进程 {n} 个，还活着 {alive} 个",
        .panelExecutorWorkersUnrecorded: "这份记录里没有它的工作进程是何时启动的",
        .panelExecutorShuttingDown: "已调用 shutdown()：不再接收新工作，正在等它的工作项做完",
        .panelExecutorShutDown: "已关闭",
        .panelExecutorBroken: "已损坏（{error}）：不再接收新工作",
        .panelWorkSubmitted: "已提交 {n} 个",
        .panelWorkNotStarted: "还没开始 {n} 个（{list}）",
        .panelWorkNoneNotStarted: "没有等着开始的",
        .panelWorkRunning: "正在运行：{list}",
        .panelWorkRunsIn: "{work} 在 {worker} 里",
        .panelWorkEndedNotBack: "已在工作进程里结束，返回值或异常还没送回：{list}",
        .panelWorkOutcomes: "已返回 {done} 个，抛出异常 {failed} 个，已取消 {cancelled} 个",
        .panelWorkFailedByBreak: "因执行器损坏而失败 {n} 个",
        .laneLoggingListener: "{process} · {thread}（logging 的 QueueListener）",
        .evLoggingListenerThread: "（logging 自己的线程：logging.handlers.QueueListener 的线程，它从队列里取出日志记录，交给它的各个处理器，直到取到 None 为止）",
        .evLoggingListenerSentinel: "：None 是让 QueueListener 的线程 {thread} 停下的哨兵（它之前从 {object} 取过数据；QueueListener.stop() 会放入它，然后 join 这个线程）",
        .laneThreadNamedAtEnd: "{label}，结束时已改名为 {name}",
    ]
}
