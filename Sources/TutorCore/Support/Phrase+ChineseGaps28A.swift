extension Phrase {
    /// Chinese texts of gaps 28A (see `englishGaps28A`).
    static let chineseGaps28A: [Phrase: String] = [
        .summaryExecutorNotBack: "，{n} 个在工作进程里结束了，父进程却始终没有拿到它们的返回值或异常（{list}）",
        .summaryExecutorNotBackRaised: "工作项 {n} 在那里抛出了 {error}",
        .summaryExecutorNotBackReturned: "工作项 {n} 在那里正常返回了",
        .evResultPolledOnce: "在 {at} 用 {call} 查看过一次 {task} 的结果：是 {result}；这一次返回 {then}",
        .evResultPolledOnceToEnd: "在 {at} 用 {call} 查看过一次 {task} 的结果：是 {result}，此后直到这个线程结束都没有再查看",
        .evResultPolledRaisedOnce: "在 {at} 对 {task} 的结果调用过一次 {call}：它抛出了 {error}{why}；这一次返回 {then}",
        .evResultPolledRaisedOnceToEnd: "在 {at} 对 {task} 的结果调用过一次 {call}：它抛出了 {error}{why}，此后直到这个线程结束都没有再调用",
        .noteFewerWorkers: "{executor} 只启动了 {n} 个工作进程，而它的 max_workers 是 {max}：在 {method} 下（Python 3.9 及以后），ProcessPoolExecutor 只有在没有工作进程算作空闲、且启动的还不到 max_workers 个时，才会在 submit() 里启动一个新的工作进程（在 fork 下，它在第一次 submit() 时就把它们全部启动）。这里{detail}。",
        .noteFewerWorkersOne: "它唯一的一次 submit() 调用启动了这个工作进程",
        .noteFewerWorkersEach: "它的 {n} 次 submit() 调用各启动了一个",
        .noteFewerWorkersSome: "它的 {submits} 次 submit() 调用中有 {n} 次各启动了一个；其余几次调用时，已有工作进程算作空闲（它已有工作项的结果传回）",
        .evCancelByMapTried: "map() 的迭代器在取到最后一个结果之前被关闭，于是对剩下的工作项调用 cancel()：",
    ]
}
