extension Phrase {
    /// round 32 的中文（见 Phrase+EnglishRound32.swift）。
    static let chineseRound32: [Phrase: String] = [
        .noteRecvEOFPeerEnded: "{who} 在 {object} 的 {end}上调用的 recv() 抛出了 EOFError，原因是：另一端（{object} 的 {other}）只由 {holder} 一个进程持有，而它在 {at} 就已结束{how}，一直没有关闭这一端。进程结束时，操作系统会关闭它仍持有的所有套接字，所以这一端读到了文件结尾。只要另一端已关闭、又没有剩下可读的数据，recv() 就会抛出 EOFError：不论是 close() 关闭的，还是像这里一样（没有记录到对它的 close()）随着进程结束而关闭的。",
        .noteRecvEOFPeerExitCode: "（退出码 {code}）",
    ]
}
