extension Phrase {
    /// The Chinese texts of gaps 12A (see Phrase+EnglishExitsSignalsPipes.swift).
    static let chineseExitsSignalsPipes: [Phrase: String] = [
        .evMainEndSiteExit: "主代码调用了 {call}({arg})，这是 site 模块为交互式提示符准备的辅助函数（它和 sys.exit() 一样抛出 SystemExit）：运行完 atexit 处理函数后，Python 以退出码 {code} 退出",
        .evMainEndRaisedExit: "主代码因一条 raise 语句抛出的 SystemExit 而结束（不是 sys.exit() 或 exit()），没有被捕获：运行完 atexit 处理函数后，Python 以它携带的退出码退出",
        .evMainEndOsExit: "os._exit({arg})：进程立即以退出码 {code} 结束：任何 atexit 处理函数都不会运行，连 multiprocessing 自己的也不会（它本会 join 仍在运行的子进程，并先终止守护进程），缓冲区中还没写出的输出也不会被刷新",
        .evMainEndHook: "主代码抛出了 {error}，没有被捕获：Python 把它交给了程序自己设置的 sys.excepthook，即 {hook}，打印什么由它决定（Python 自带的钩子会把回溯写到 stderr）：运行完 atexit 处理函数后，Python 以退出码 1 退出",
        .noteExitMainSiteExit: "：它的主代码调用了 {call}({arg})，这是 site 模块的辅助函数，和 sys.exit() 一样抛出 SystemExit",
        .noteExitMainRaisedExit: "：它的主代码因一条 raise 语句抛出的 SystemExit 而结束（不是 sys.exit() 或 exit()），没有被捕获",
        .noteExitMainOsExit: "：{who}调用了 os._exit({arg})，进程立即结束：没有运行任何 atexit 处理函数，连 multiprocessing 自己的也没有运行（它本会 join 仍在运行的子进程，并先终止守护进程）",
        .noteExitMainHook: "：它的主代码抛出了 {error}，没有被捕获（Python 把它交给了程序自己设置的 sys.excepthook，即 {hook}，打印什么由它决定：可能根本没有回溯）",
        .evSignalGroupMembers: "；发送时本次运行中在该组里的进程：{names}",
        .evSignalGroupNoMembers: "；发送时本次运行中没有进程在该组里",
        .noteGroupSignal: "（{by} 用 {call} 向进程组 {pgid} 发送了 {signal}，而发送时它就在该组中）",
        .hangPipeEndInherited: "{who} 在 {object} {end} 上的 {call} 中等待，而且不会再有数据到来：{senders} 是唯一在 {other} 上发送过的进程，它已经结束了。只有当 {other} 在所有进程中的每一份副本都关闭后，recv() 才会抛出 EOFError，而 {who} 自己还持有一份：它是在 {maker} 创建这个 Pipe 之后用 fork 启动的，因此一开始就拥有 {maker} 当时打开的每个端的副本，其中包括 {other}，而且没有记录到它关闭自己的 {other}。在 fork 下，把读取方不该保留的那一端也传给它，让它一开始就把这一端关闭（w.close()）；或者改用 spawn 或 forkserver，它们的子进程只得到传给它们的那些端。",
        .evAtexitSkippedMain: "os._exit() 会跳过 atexit 处理函数：程序注册的那些（{count} 个：{handlers}）不会运行",
        .evAtexitSkippedMainLibraryOnly: "os._exit() 会跳过 atexit 处理函数：库注册的那些（{handlers}）不会运行",
    ]
}
