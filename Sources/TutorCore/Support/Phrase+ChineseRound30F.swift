extension Phrase {
    /// The Chinese texts of round 30F (see `englishRound30F`).
    static let chineseRound30F: [Phrase: String] = [
        .summaryUnrecordedOutputOrCut: "程序写到 {stream} 的内容中至少有 {n} 个字符不在任何一行上：它们要么绕过了 print()/sys.{stream}（例如 sys.{stream}.buffer.write、os.write、C 扩展或子进程），要么是上面列出的某个进程在一次调用中写出的，而这次调用的事件还没来得及写下，进程就被信号结束了",
        .noteInitRaisedNotEnded: "初始化函数在 {workers} 中也已经抛出了异常，只是执行器被标记为损坏时它还没有结束：管理线程要停掉的工作进程里也有它。",
        .noteInitRaisedNotEndedItem: "{worker}（{t} 时）",
    ]
}
