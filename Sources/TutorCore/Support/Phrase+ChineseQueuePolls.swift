extension Phrase {
    /// The Chinese texts of a Queue's empty(), qsize() or full() and its answer.
    static let chineseQueuePolls: [Phrase: String] = [
        .evQueuePoll: "{object}.{call} → {result}（只在询问的那一刻成立，随时可能过时：别的进程随时可能 put 或 get）",
        .evQueuePollEmptyPipe: "（empty() 只看管道：put() 已交给 feeder 线程、但还没写进管道的数据不算在内）",
    ]
}
