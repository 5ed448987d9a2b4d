extension Phrase {
    /// The Chinese texts of `englishExitsAndResults`.
    static let chineseExitsAndResults: [Phrase: String] = [
        .waitWorkItemsAnd: "和",
        .waitShutdownWorkers: "{object} 停止它的工作进程（当时没有待完成的工作项）",
        .waitThreadsAtExit: "{threads} 结束（解释器退出时，要先等非守护线程结束）",
        .evThreadShutdownWait: "进入解释器退出阶段：threading._shutdown() 等待 {threads} 结束（非守护线程）",
        .evThreadShutdownWaited: "threading._shutdown() 返回{waited}：它等待的线程都已结束",
        .evThreadShutdownRaised: "threading._shutdown() 抛出了异常{waited}：它等待的线程可能还在运行",
        .evExitTerminate: "退出时，multiprocessing 结束守护进程 {name}（向 pid {pid} 发送 SIGTERM；程序自己没有调用 terminate()）",
        .noteExitTerminated: "（主进程结束时这个守护进程还在运行：multiprocessing 的退出函数对它调用了 terminate()）",
        .evResultNotSent: "{task} 没有送到任何工作进程：任务处理线程发送它失败（例如它无法被 pickle），于是把这个异常设为它的结果",
        .taskNextUnordered: "task {job} 下一个完成的项（imap_unordered：任意一项）",
        .evRunRaised: "run() 抛出了 {error}（退出码 {code}）",
        .waitNextUnorderedOf: "{object} 的 task {job} 下一个完成的项（imap_unordered：任意一项）",
        .hangExitJoin: "{who} 已经进入解释器退出阶段，在 threading._shutdown() 中等待它的线程结束，而这些线程都阻塞着：{threads}",
    ]
}
