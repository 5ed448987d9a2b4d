extension Phrase {
    /// The Chinese texts of gaps 35B (Phrase+EnglishGaps35B.swift's twins).
    static let chineseGaps35B: [Phrase: String] = [
        .panelQueueLostOne: "随放入它的进程一起丢失：{list}：put() 只是把数据交给队列的 feeder 线程，而 feeder 是放入数据的那个进程里的一个线程；那个进程在 feeder 把数据写进管道之前就结束了（get() 看到管道是空的），feeder 也跟着结束",
        .panelQueueLost: "随放入它们的进程一起丢失：{list}：put() 只是把数据交给队列的 feeder 线程，而 feeder 是放入数据的那个进程里的一个线程；这些进程都在各自的 feeder 把数据写进管道之前就结束了（get() 看到管道是空的），feeder 也跟着结束",
        .panelQueueLostItem: "{item}（由 {who} 放入，该进程{how}）",
        .panelQueueLostOsExit: "以 os._exit({code}) 结束，不会等待 feeder 线程",
        .panelQueueLostBySignal: "被 {signal} 终止",
        .panelQueueLostExitCode: "已结束，退出码 {code}",
        .panelQueueLostEndedUnknown: "已结束，结束方式没有记录",
        .summaryPoolNeverAsked: "没有 get() 去取的错误：{list}。程序没有对这些结果调用 get()，而且也没有哪个 get() 能抛出这个错误：map_async() 或 starmap_async() 的结果要等所有块都做完才算就绪，而这些块在记录里始终没有全部做完",
        .summaryPoolNeverReadyStillWaiting: "没有任何 get() 能读到的错误：{list}。记录结束时，每个都还有 get() 在等：map_async() 或 starmap_async() 的结果要等所有块都做完才算就绪，get() 也要到那时才抛出第一个错误",
        .lastFinishedTaskIdle: "在 {t} 做完了 {task}（结果在 {back} 到达父进程），此后一直空闲：它回到循环里，在 {pool} 任务队列的 get() 中等待下一个任务（这个读取只有在任务到来时才会被追踪器记录）",
        .lastStartedIdle: "在 {t} 启动，此后一直空闲：它在 {pool} 任务队列的 get() 中等待第一个任务（它的进程池没有初始化函数；这个读取只有在任务到来时才会被追踪器记录）",
        .panelOwnFutures: "自建Future",
        .panelOwnFuturesMade: "程序自己创建了 {n} 个（不是工作项）",
        .panelOwnFuturesPending: "尚未完成的 {n} 个（{list}）",
        .panelOwnFuturesNonePending: "没有尚未完成的",
        .panelOwnFuturesSettled: "由 set_result() 设置 {ok} 个，由 set_exception() 设置 {failed} 个，已取消 {cancelled} 个",
    ]
}
