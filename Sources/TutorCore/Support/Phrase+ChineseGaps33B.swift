extension Phrase {
    /// 中文（gaps 33B）：join(timeout) 放弃时子进程不在任何被记录的等待中；摘要里 os.waitpid() 的等待时间。
    static let chineseGaps33B: [Phrase: String] = [
        .noteJoinGaveUpChildUnrecorded: "{name} 还没有结束，而且当时它不在任何被追踪器记录的等待中：在此之前，它的{thread}最后一次记录的事件是在 {t}：“{row}”。之后它做了什么，记录里没有：正在运行的代码，或在追踪器不记录的调用里等待的代码，都不会写下事件，直到它调用到被记录的操作。",
        .noteJoinGaveUpChildNoEvent: "{name} 还没有结束，而在此之前记录里没有它的任何事件：它当时在做什么，记录里没有。",
        .noteJoinGaveUpChildThread: "线程 {thread} ",
        .noteJoinGaveUpChildMainThread: "主线程",
        .noteJoinGaveUpChildNext: "这个线程下一次记录的事件是在 {t}：“{row}”。",
        .noteJoinGaveUpChildNoNext: "这个线程之后没有再记录任何事件。",
        .summaryEndUnderUntraced: "；{name} pid {pid} 运行在 {parent} pid {ppid} 之下，而追踪器不在 {parent} 里运行：没有被追踪的进程等待它结束，不是由 multiprocessing 启动的 Python 进程也不会自己记录结束，所以记录里没有它的结束",
    ]
}
