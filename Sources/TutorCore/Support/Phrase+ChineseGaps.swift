extension Phrase {
    /// 真实性审查第 4 轮留下的缺口的中文：cancel()、进程池的初始化函数、抛出异常的 task_done() 与 release()，以及它们解释的卡死。
    static let chineseGaps: [Phrase: String] = [
        .evCancelByProgram: "cancel() → True：工作项 {work} 在开始之前被取消，它永远不会运行",
        .evCancelByMap: "map() 的迭代器取消了工作项 {work}（它不再等待结果）：它永远不会运行",
        .evCancelByShutdown: "shutdown(cancel_futures=True) 取消了还没交给工作进程的工作项 {work}：它永远不会运行",
        .evCancelAgain: "cancel() → True：工作项 {work} 早已被取消",
        .evCancelRunning: "cancel() → False：工作项 {work} 已经交给了工作进程（running），所以它会继续运行",
        .evCancelFinished: "cancel() → False：工作项 {work} 已经完成了",
        .evCancelFalse: "cancel() → False：工作项 {work} 没有被取消",
        .summaryExecutorCancelled: "，{n} 个在开始前被取消（从未运行）",
        .evPoolInit: "{mark} 初始化函数 {call}：在这个工作进程里只运行一次，在它领取任务之前",
        .evPoolInitDone: "初始化函数 {func} 返回{took}：这个工作进程开始领取任务",
        .evPoolInitRaised: "{mark} 初始化函数 {func} 抛出 {error}：这个工作进程没有领取任何任务就结束了",
        .evExecutorInit: "{mark} 初始化函数 {call}：在这个工作进程里只运行一次，在它领取工作项之前",
        .evExecutorInitDone: "初始化函数 {func} 返回{took}：这个工作进程开始领取工作项",
        .evExecutorInitRaised: "{mark} 初始化函数 {func} 抛出 {error}：这个工作进程没有领取任何工作项就结束了",
        .summaryPoolInitFailed: " · 它的初始化函数在 {n} 个工作进程里抛出异常，这些进程没有领取任务就结束了",
        .invExecutorCounts: "{executor}：运行了 {ran} 个工作项，另有 {cancelled} 个在开始前被取消，但只提交了 {n} 个",
        .invCancelledRan: "{executor}：工作项 {work} 在开始前已被取消（cancel() 返回 True），却有工作进程开始执行它（seq {seq}）",
        .panelInitializing: "正在运行初始化函数",
        .panelInitRaised: "初始化函数抛出异常，正在结束",
        .evTaskDoneRaised: "{object} 上的 task_done() 抛出 {error}：放入的每一项都已标记完成，所以它什么也没改变",
        .evReleaseRaised: "{object} 的 release() 抛出 {error}：什么也没有释放",
        .activityInitializer: "正在运行进程池的初始化函数 {func}",
        .hangInitFailed: "{who} 从 {t} 起{what}，但是 {pool} 的任务一个也没有开始过：初始化函数 {func} 在它的 {failed} 个工作进程里抛出了异常"
            + "（{error}），没有一个顺利跑完它；进程池为补上结束的工作进程又启动了 {n} 个{now}。只要初始化函数一直抛出异常，"
            + "每个新的工作进程都会同样死掉：multiprocessing.Pool 会不停地补充工作进程，却从不把这个错误交给 {call}，所以它会永远等下去。",
        .hangInitNow: "；{names} 此刻正在运行初始化函数",
        .hangNoLiveWorker: "，而且 {object} 已没有任何活着的工作进程：它启动过的工作进程都已结束（{names}），也没有别的正在启动",
    ]
}
