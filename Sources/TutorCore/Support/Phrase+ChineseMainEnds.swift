extension Phrase {
    /// The Chinese texts of how the main process's own code ended (`process.main.end`).
    static let chineseMainEnds: [Phrase: String] = [
        .evMainEndUncaught: "主代码抛出了 {error}，没有被捕获（回溯写到了 stderr）：运行完 atexit 处理函数后，Python 以退出码 1 退出",
        .evMainEndInterrupt: "主代码被未捕获的 KeyboardInterrupt 打断：运行完 atexit 处理函数后，Python 以 SIGINT 结束自己",
        .evMainEndSysExit: "主代码调用了 sys.exit({arg})：运行完 atexit 处理函数后，Python 以退出码 {code} 退出",
        .noteExitMainUncaught: "：它的主代码抛出了 {error}，没有被捕获（回溯写到了 stderr）",
        .noteExitMainSysExit: "：它的主代码调用了 sys.exit({arg})",
        .noteOrphanAdopter: "在 Linux 上由 mp-tutor 追踪运行时，它的新父进程是 mp-tutor 本身（pid {pid}，它启动了本次运行的主进程：它把自己设为 child subreaper，以便停止运行留下的任何进程），而不是未追踪时的 pid 1 或会话的 subreaper：{child} 中的 os.getppid() 在追踪与未追踪时给出不同的 pid。",
        .evStartedOrphanByRunner: "（即 mp-tutor：它启动了本次运行的主进程，并收养运行中的孤儿进程，以便停止它们；未追踪时收养者会是 pid 1 或会话的 subreaper，os.getppid() 也会显示那个 pid）",
        .noteSemaphoreGone: "{child} 在 run() 之前就失败了：它在反序列化 start() 发来的数据时，需要的一个信号量（Event、Lock、Queue 等的 SemLock）已经不存在。{parent} 自己的代码在 {child} 完成启动之前就结束了（{t}），而在退出时 multiprocessing 先运行它的终结器，删除本进程创建的具名信号量，然后才 join 子进程。在 spawn 和 forkserver 下，子进程在启动之后才反序列化它的参数：让父进程一直运行到那时（在代码结束前 join() 子进程）。",
        .noteExitSemaphoreGone: "：它在 run() 之前、反序列化 start() 发来的数据时失败了（FileNotFoundError：父进程已经删除了一个信号量）",
    ]
}
