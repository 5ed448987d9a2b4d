extension Phrase {
    /// The Chinese texts of a process's edges (see Phrase+EnglishProcessEdges.swift).
    static let chineseProcessEdges: [Phrase: String] = [
        .noteExitOsExit: "：{who}调用了 os._exit({arg})，这会让进程立刻结束（不做清理，也不刷新已打印但还在缓冲区里的内容）",
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
        .noteOrphanLeft: "{parent} 结束时，它的子进程 {child} 还在运行：没有人 join {child}，它成了孤儿进程，独自继续运行（操作系统会给它换一个父进程），所以程序里没有任何进程能等待它或读到它的退出码。",
        .noteOrphanOsExit: "os._exit() 跳过了 multiprocessing 的退出函数，而那个函数会在进程结束前 join 仍在运行的子进程（并终止守护进程）。",
        .evStartedOrphan: "{process} 开始运行（pid {pid}），启动它的 pid {starter} 已经结束：它现在的父进程是收养它的 pid {ppid}",
        .hangBarrierShort: "{barrier} 要等 {parties} 方到齐，却只有 {n} 方在等（{waiting}）；{others}，所以不会再有别的 wait() 到来：不带超时的 Barrier wait() 只有在调用它的进程数达到参与方数量时才返回（Barrier(n) 要与调用 wait() 的进程数一致，或者给 wait() 加上超时）。",
        .hangBarrierOthers: "程序中其余仍存活的进程都阻塞在别处（{list}）",
        .hangBarrierNoOthers: "程序中没有别的进程还活着",
        .hangStarvedModuleCopy: "{putter} 把 {item} 放进的是 {copy}：那是它自己由同一行代码（{site}）创建的队列。在 spawn 和 forkserver 下，子进程会重新运行主模块，所以在模块顶层创建的 Queue 在每个子进程里都是新的一个，而不是父进程的那个。请把队列作为参数传给子进程（Process(target=..., args=(q,))）。",
    ]
}
