extension Phrase {
    /// round 31 的中文（见 Phrase+EnglishRound31.swift）。
    static let chineseRound31: [Phrase: String] = [
        .evSignalBeforeOwnExit: "：这个信号什么也没有结束：{name} 之后在 {at} 自己退出，退出码 {code}，父进程随后看到的正是这个结束（这一行写在信号发出之前；{signal} 若在它结束前到达，退出码会是 {killed}），所以这个信号即使发出了，也是在它结束之后才到达的",
    ]
}
