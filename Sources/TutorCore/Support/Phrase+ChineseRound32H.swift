extension Phrase {
    /// The Chinese texts of round 32H (see Phrase+EnglishRound32H.swift).
    static let chineseRound32H: [Phrase: String] = [
        .evShmCloseUnlinked: "{object}.close()：本进程不再映射这个共享内存段；它的名字已在 {at} 被 {by} 用 unlink() 删除：等到没有进程再映射它，这段内存就会被释放",
        .evSignalOtherEnd: "：这个信号没有结束它：父进程看到它是被 {ended} 结束的（退出码 {code}）；如果是 {signal} 结束了它，退出码会是 {killed}",
    ]
}

extension Phrase {
    /// 第 32H 轮：imap() 把输入可迭代对象抛出的异常做成的那个块。
    static let chineseRound32HImap: [Phrase: String] = [
        .evImapReraiseChunk: "（最后一块不含任何项：可迭代对象给出 {items} 项之后抛出了 {error}，进程池把这个异常作为一块发给工作进程，在那里再次抛出）",
    ]
}
