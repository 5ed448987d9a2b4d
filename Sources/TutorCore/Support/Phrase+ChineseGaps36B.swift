extension Phrase {
    /// 缺口 36B 的中文文本：放入者的结束方式不能保证已写入的队列数据、已关闭进程池里空闲的工作进程、没有自带锁的共享
    /// ctypes 对象，以及程序自己调用的 _thread.interrupt_main()。
    static let chineseGaps36B: [Phrase: String] = [
        .panelQueueUnsureOne: "可能从未写入：{list}：put() 只是把数据交给队列的 feeder 线程，而 feeder 是放入数据的那个进程里的一个线程；那个进程结束的方式不能保证 feeder 已把它写进管道。feeder 可能写了，也可能没写，此后没有哪次 get() 能说明是哪一种",
        .panelQueueUnsure: "可能从未写入：{list}：put() 只是把数据交给队列的 feeder 线程，而 feeder 是放入数据的那个进程里的一个线程；这些进程结束的方式都不能保证各自的 feeder 已把数据写进管道。每个 feeder 可能写了，也可能没写，此后没有哪次 get() 能说明是哪一种",
        .panelQueueLostCancelJoin: "以退出码 {code} 结束，之前调用过 cancel_join_thread()，所以退出时没有等待 feeder 线程",
        .panelQueueLostDroppedAtExit: "以退出码 {code} 结束；退出时它的 feeder 遇到一个无法 pickle 的数据，就此停下",
        .lastFinishedTaskClosedPool: "在 {t} 做完了 {task}（结果在 {back} 到达父进程），此后一直空闲：{pool} 已经关闭，也没有等着被取走的任务，所以它在进程池任务队列的 get() 里等的是进程池让它结束的信号（所有作业都完成后，进程池给每个工作进程发一个 None），而不是任务",
        .lastStartedClosedPool: "在 {t} 启动，此后一直空闲：{pool} 已经关闭，也没有等着被取走的任务，所以它在进程池任务队列的 get() 里等的是进程池让它结束的信号（所有作业都完成后，进程池给每个工作进程发一个 None），而不是任务",
        .summaryRawSharedOne: "没有自带锁的共享 ctypes 对象：{list}。它由 RawArray() 或 RawValue() 创建（或用了 lock=False，或来自 sharedctypes.copy()），除非程序自己在外面加锁，读写时不会获取任何锁；追踪器也不记录这些读写，所以这份记录显示不出谁写了什么，也显示不出两次写入是否发生了竞争",
        .summaryRawShared: "没有自带锁的共享 ctypes 对象（{n} 个）：{list}。它们由 RawArray() 或 RawValue() 创建（或用了 lock=False，或来自 sharedctypes.copy()），除非程序自己在外面加锁，读写时不会获取任何锁；追踪器也不记录这些读写，所以这份记录显示不出谁写了什么，也显示不出两次写入是否发生了竞争",
        .summaryRawSharedItem: "{label}（{ctype}）",
        .noteChildInterruptMainCall: "{child} 的 run() {end}：那个 KeyboardInterrupt 是 Python 默认的 SIGINT 处理函数在它的主线程里抛出的（主线程当时执行到哪里，就在哪里抛出），起因是程序自己在 {at} 调用的 _thread.interrupt_main()（调用者 {by}）：这个调用并不发送信号，只是把 SIGINT 标记为已到达，主线程在下一次检查时运行了处理函数（程序没有改过 {child} 对 SIGINT 的处理方式）。",
        .evInterruptMain: "_thread.interrupt_main({signal})：并不发送信号，只是把 {signal} 标记为已到达，主线程在下一次检查时运行它的处理函数",
        .evInterruptMainNothing: "_thread.interrupt_main({signal})：什么也没做，因为这里 {signal} 不由 Python 处理（{how}）；它也不发送信号",
        .evInterruptMainUnknown: "_thread.interrupt_main({signal})：并不发送信号，只是把 {signal} 标记为已到达；它的处理函数是在 Python 之外安装的，之后会怎样这里无从得知",
    ]
}
