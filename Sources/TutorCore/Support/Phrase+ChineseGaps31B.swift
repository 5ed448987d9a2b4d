extension Phrase {
    /// Chinese texts of gaps 31B: a ThreadPoolExecutor broken by a worker thread's initializer.
    static let chineseGaps31B: [Phrase: String] = [
        .evThreadPoolBrokenBy: "{object} 已损坏：初始化函数 {func} 在它的工作线程 {thread} 中抛出了异常，这个线程随即亲自把线程池标记为损坏",
        .evThreadPoolBrokenHead: "{object} 已损坏：某个工作线程的初始化函数抛出了异常",
        .evThreadPoolBrokenNone: "；当时队列里没有工作项，之后每次 submit() 都会抛出 BrokenThreadPool",
        .evThreadPoolBrokenOne: "；排队中的 1 个工作项以 BrokenThreadPool 失败，之后每次 submit() 也都会抛出它",
        .evThreadPoolBrokenMany: "；排队中的 {n} 个工作项以 BrokenThreadPool 失败，之后每次 submit() 也都会抛出它",
        .summaryThreadPoolBroken: " · 已损坏（某个工作线程的初始化函数抛出了异常）：{n} 个排队中的工作项以 BrokenThreadPool 失败",
        .noteThreadPoolInitializerBroke: "初始化函数 {func} 在 {thread} 中抛出了异常（{error}）。ThreadPoolExecutor 的工作线程一旦初始化失败，就会记录 \"Exception in initializer\"，亲自把 {object} 标记为损坏，然后结束：仍在排队的 {pending} 个工作项以 BrokenThreadPool 失败，之后每次 submit() 都会抛出 BrokenThreadPool。其他工作线程已经在运行的工作项不受影响，会继续执行。",
        .noteThreadPoolBrokenPlain: "{object} 把自己标记为已损坏：排队中的 {pending} 个 Future 以 BrokenThreadPool 失败。",
        .panelProcessInitRaised: "{object} 的初始化函数 {func} 在它里面抛出了异常（{error}）：它不接任何工作项就会结束",
        .evWaitReasonBrokenThreads: "，因为 {object} 在 {t} 损坏了：仍在排队的工作项都在那时以 BrokenThreadPool 结束，而不是得到结果",
        .evFutureReadBrokenThreads: "对已完成的工作项 {work} 调用 {call}：程序拿到的是 {object} 在 {time} 损坏时给它的 Future 设置的 BrokenThreadPool；这个工作项从未运行（当时它还在排队）",
    ]
}
