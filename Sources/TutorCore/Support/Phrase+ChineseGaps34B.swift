extension Phrase {
    /// Chinese texts of gaps 34B (Phrase+EnglishGaps34B.swift).
    static let chineseGaps34B: [Phrase: String] = [
        .evResultUnpicklableReason: "；工作进程用 pickle 序列化时抛出了 {reason}",
        .evBareFutureCallbackRanAtOnce: "，是在 add_done_callback() 里、在这个线程中立即运行的：{object} 那时已经完成（在 {t} 由 {thread} 设置），给已完成的 Future 添加回调，回调会在添加它的线程里马上运行",
    ]
}
