extension Phrase {
    /// The Chinese texts of round 17 (see Phrase+EnglishRound17.swift).
    static let chineseRound17: [Phrase: String] = [
        .evPoolCallRaised: "{call} 在发起调用的进程里当场抛出 {error}，{object} 还没有发出任何任务（进程池照常运行）",
        .evPoolCallRaisedJob: "；它的结果对象已经占用了编号 {job}，并且一直留在 {object} 的缓存里，永远不会完成：下一个任务的编号排在它之后；如果之后对 {object} 先 close() 再 join()，join() 会永远等下去（缓存里还有作业时，它的工作进程维护线程 _handle_workers 就会一直运行；terminate() 不等它，with 块结束时调用的正是 terminate()）。",
        .evQueueEmptyInFlight: "对 {object} get_nowait：Empty（已经有一个 put() 开始了，但它的数据项还没有写进管道：由放入方的 feeder 线程稍后写入，而 get_nowait() 只看管道）",
        .hangLockKeptByEnded: "{who} 从 {t} 起{what}，而 {label} 被获取后再也没有释放：{holders}。持有 multiprocessing Lock 的进程结束时，锁不会自动释放（被信号或 os._exit 结束的进程不会执行 with 块的退出部分），所以不会再有 release()。",
        .hangPoolJobLeft: "{who} 从 {t} 起在 join() 中等待 {object}，而 {object} 的缓存里还留着作业 {job}：它是 {call} 在 {at} 抛出异常（{error}）时留下的。关闭后的进程池，其工作进程维护线程（_handle_workers）要等缓存清空才会结束，而 join() 要等这个线程，所以 join() 永远不会返回。terminate() 不等缓存（with 块结束时调用的就是它）。",
        .hangLockKeptBy: "{who} 在 {since} 获取了它，随后在持有它的情况下结束{code}",
    ]
}
