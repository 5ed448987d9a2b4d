extension Phrase {
    /// The Chinese texts of gaps 37B (Phrase+EnglishGaps37B.swift).
    static let chineseGaps37B: [Phrase: String] = [
        .evMainEndRaisedExitLearnt: "直到退出时、atexit 处理函数都已运行完，追踪器才得知：主代码早已因一条 raise 语句抛出的 SystemExit 而结束（不是 sys.exit() 或 exit()），且没有被捕获；Python 以它携带的退出码退出",
        .evPoolTerminateWith: "离开 {object} 的 with 块时调用了 {object}.terminate()（Pool 的 __exit__ 会调用它）",
        .evPoolTerminateStackWith: "离开 ExitStack 的 with 块时调用了 {object}.terminate()（ExitStack 按后进先出的顺序调用它登记的每个退出函数）",
        .evPoolTerminateStackClose: "ExitStack.close() 调用了 {object}.terminate()（它按后进先出的顺序调用这个 ExitStack 登记的每个退出函数）",
        .evPoolTerminateCleanup: "unittest 的清理函数调用了 {object}.terminate()（由 TestCase.enterContext() 或 addCleanup() 登记）",
        .notePoolTerminatedWith: "（是它所在进程池的 terminate() 发送的：程序离开了这个 Pool 的 with 块，Pool 的 __exit__ 会调用 terminate()）",
        .notePoolTerminatedStackWith: "（是它所在进程池的 terminate() 发送的：ExitStack 离开自己的 with 块时调用了它）",
        .notePoolTerminatedStackClose: "（是它所在进程池的 terminate() 发送的：ExitStack.close() 调用了它）",
        .notePoolTerminatedCleanup: "（是它所在进程池的 terminate() 发送的：unittest 的清理函数调用了它，由 TestCase.enterContext() 或 addCleanup() 登记）",
    ]
}
