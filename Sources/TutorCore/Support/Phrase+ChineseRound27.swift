extension Phrase {
    /// The Chinese texts of round 27 (see `englishRound27`).
    static let chineseRound27: [Phrase: String] = [
        .noteJoinGaveUpLockKept: "{label} 被获取后再也没有释放：{holders}。持有 multiprocessing Lock 的进程结束时，锁不会自动释放（被信号或 os._exit 结束的进程不会执行 with 块的退出部分），所以再也不可能有 release() 来释放它。",
    ]
}
