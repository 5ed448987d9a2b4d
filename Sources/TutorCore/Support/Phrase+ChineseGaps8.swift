extension Phrase {
    /// The Chinese texts added by gaps 8 (issue 11, what round 7 left).
    static let chineseGaps8: [Phrase: String] = [
        .evSignalAfterExit: "：它已经退出（退出码 {code}，于 {at}），只是尚未被回收，所以这个信号什么也没有结束",
        .summaryPoolResultUnsent: "{n} 个{unit}正常返回了，但父进程收到的是一个异常而不是结果：工作进程无法把返回值发回去（MaybeEncodingError，在读取结果的地方抛出）",
        .noteForkedExecutorThread: "它是从 {parent} 的线程 {thread}（一个 ThreadPoolExecutor 工作线程）fork 出来的，在子进程里正在运行的就是这个线程：清理中的 threading._shutdown() 会运行 concurrent.futures 的退出钩子，它会 join 每一个 ThreadPoolExecutor 工作线程，包括 {thread}，而线程不能 join 自己。请在主线程中启动进程，或者使用 spawn 或 forkserver 启动方式。",
        .evPrintIntoPipe: "（写进了父进程 {parent} 读取的管道，subprocess.run(capture_output=True) 就是这样做的：它从未出现在终端上）",
        .evPrintIntoDevnull: "（写进了 /dev/null：它从未出现在终端上）",
        .evPrintIntoFile: "（写进了父进程 {parent} 给它的文件或描述符，而不是它本会继承的那个流）",
        .noteWaitAfterResultHandlerDied: "{pool} 的结果处理线程在 {at} 结束了：任务 {job} 的一个回调在那里抛出了 {error}，而除 KeyError 以外的任何异常都会结束这个线程。之后 {pool} 的任何结果都到不了父进程，所以这次为{task}调用的 {call} 只能超时（没有超时就会永远等下去）。",
    ]
}
