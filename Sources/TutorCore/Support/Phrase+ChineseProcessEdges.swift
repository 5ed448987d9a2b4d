extension Phrase {
    /// The Chinese texts of a process's edges (see Phrase+EnglishProcessEdges.swift).
    static let chineseProcessEdges: [Phrase: String] = [
        .noteExitOsExit: "：{who}调用了 os._exit({arg})，它让进程立刻结束（不做清理，也不刷新已打印但还在缓冲区里的内容）",
        .noteExitOsExitThread: "它的线程 {thread} ",
        .noteExitOsExitIt: "它",
        .noteJoinGaveUpChildStopped: "{name} 当时并没有在运行：它在 {t} 被 {signal} 暂停了（{how}），被暂停的进程什么也不做，直到 SIGCONT 让它继续。",
        .noteStoppedByItself: "它用 os.kill() 发给了自己",
        .noteStoppedBy: "{by} 用 os.kill() 发给了它",
        .noteStoppedTermPending: "在 {t} 发出的 SIGTERM 这期间一直挂起：被暂停的进程要等到继续运行后才会被它结束（只有 SIGKILL 能立刻结束它）。",
        .evSignalSentOther: "用 os.kill() 向 pid {pid} 发送 {signal}",
        .evSignalSentUnknown: "（本次运行中没有这个 pid 的进程）",
        .evSignalSentParent: " → {name}，它的父进程",
        .evSignalSentSibling: " → {name}，它的兄弟进程（同一个父进程的子进程，不是它自己的子进程）",
        .evSignalSentRunProcess: " → {name}（本次运行中的一个进程，不是它的子进程）",
    ]
}
