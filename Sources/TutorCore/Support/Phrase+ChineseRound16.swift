extension Phrase {
    /// The Chinese texts of round 16 (see Phrase+EnglishRound16.swift).
    static let chineseRound16: [Phrase: String] = [
        .noteJoinGaveUpPuttersEnded: "往 {queue} 放过数据的进程那时都已结束（{ended}）：它们谁也不会再放数据了，结束信号也不例外。",
        .noteJoinGaveUpPutterExited: "{who} 在 {t} 以退出码 {code} 结束",
        .noteJoinGaveUpDeadlock: "它陷入了死锁：{parts}。每一方都在等下一方，围成一个圈，谁也无法继续：请在所有地方都按同一个固定顺序获取锁，或者持有锁时绝不等待。",
        .noteJoinGaveUpFeederUnread: "{name} 放进 {queue} 的 {n} 个数据那时还没人取走（第一个是 {item}，在 {t} 放入）：在有进程从管道里读取之前，它的 feeder 线程最多只能写进管道装得下的那么多，而 {name} 要等全部写完才能退出。先取走这些数据再 join()（文档里的陷阱“joining processes that use queues”）。",
        .noteCyclePart: "{who} {what}",
        .noteCyclePartHolds: "{who} 持有 {held}，并且{what}",
    ]
}
