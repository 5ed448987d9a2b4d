extension Phrase {
    /// The Chinese texts of round 33 (see Phrase+EnglishRound33.swift).
    static let chineseRound33: [Phrase: String] = [
        .hangStarvedOneNoneTaken: "{label} 上只放入过 1 个 None，它被别的进程取走了：{each}。没有留给 {who} 的 None：如果 None 是结束信号，每个消费者都需要自己的那一个（每个消费者一个，放在最后一项之后）。",
        .hangStarvedNonesTaken: "{label} 上一共放入过 {n} 个 None，每一个都被别的进程取走了：{each}。没有留给 {who} 的 None：如果 None 是结束信号，每个消费者都需要自己的那一个（每个消费者一个，放在最后一项之后）。",
        .hangNoneTakenBy: "{putter} 在 {put} 放入的那个，由 {taker} 在 {got} 取走",
        .hangJoinedChildRunning: "{who} 从 {since} 起在 join({child}) 中等待，而 {child} 并不在任何记录下来的等待之中：它一直在运行，在这次 join 开始之后又记录了 {n} 个事件（最后一个在 {t}），其中没有一个是它的结束。",
        .hangJoinedAtExit: "程序没有 join {child}：multiprocessing 的退出函数会 join 每一个仍在运行的子进程，所以只要 {child} 还在运行，程序就结束不了。",
        .hangJoinedAtExitNotDaemon: "程序没有 join {child}：multiprocessing 的退出函数会终止仍在运行的守护进程，然后 join 每一个还活着的子进程；{child} 启动时 daemon=False，所以只要 {child} 还在运行，程序就结束不了。一个循环运行的子进程需要有办法被告知停下（它会检查的 Event、它队列上的一个 None），或者在可以在退出时被中断的情况下设为守护进程。",
    ]
}
