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
        .noteInheritanceOnlyHint: "{type} 对象不能作为 {pool} 任务的参数传过去：multiprocessing 只在启动进程的时候才允许 pickle 这类对象，所以把它放进进程池的任务队列时引发了这个 RuntimeError。可以在每个工作进程启动时把它交过去：Pool(initializer=f, initargs=(obj,))，由 f 把它存进任务读取的全局变量；也可以改用 Manager 的代理（manager.Lock()、manager.Queue() 等），代理可以随任务传递。",
    ]
}
