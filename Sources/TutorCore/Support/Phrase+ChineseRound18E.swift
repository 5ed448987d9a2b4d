extension Phrase {
    /// The Chinese texts of round 18E (see Phrase+EnglishRound18E.swift).
    static let chineseRound18E: [Phrase: String] = [
        .evPoolJoinRunning: "join() 抛出 {error}：进程池的 join() 只有在 close() 或 terminate() 之后才会等待，所以它什么也没有等，{object} 照常运行（应先 close()，再 join()）",
        .evQueuePutDroppedAtExit: "；而且这个进程当时已经在退出（multiprocessing 在 {at} 开始等待这个 feeder 线程结束）：退出时 feeder 线程一遇到这种错误就停下，不再继续，所以缓冲区里排在它后面的数据项也都没有写进管道，也不会打印回溯信息",
        .hangLostResultTerminated: "{who} 在 {call} 中等待 {what}，但是 {parts}：这个结果永远不会来了。{by} 在 {at} 调用了 {pool} 的 terminate()：terminate() 结束工作进程，不会再启动新的工作进程，也不会让任何仍在等待的结果完成，所以 {call} 会一直等下去。",
    ]
}
