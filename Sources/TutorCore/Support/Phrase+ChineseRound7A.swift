extension Phrase {
    /// 第七轮真实性审查（A 部分）新增的中文文本：教程和问答里的程序。
    static let chineseRound7A: [Phrase: String] = [
        .noteExecutorInitializerBroke: "没有工作进程死在某个工作项中：初始化函数 {func} 在 {workers} 中抛出了异常（{error}）；初始化函数抛出异常的工作进程会记录“Exception in initializer”，然后不取任何工作项就结束。{object} 的管理线程发现有工作进程不在了，于是把执行器标记为已损坏：挂起的 {pending} 个 Future 以 BrokenProcessPool 失败（其消息说有进程“突然终止”），并停止其余工作进程。",
        .noteInitWorkerEnded: "{worker}（退出码 {code}）",
        .evCallbackRaisedKeyError: "{task} 的回调 {func} 抛出了 {error}：Pool 的结果处理线程会悄无声息地吞掉 KeyError（它把这当成一个已不在缓存中的任务），所以 {task} 永远不会被标记为就绪：对它的 wait() 和 get() 只能超时返回",
        .evCallbackRaised: "{task} 的回调 {func} 抛出了 {error}：这个异常结束了 Pool 的结果处理线程，所以这个 Pool 之后的结果都不会再送到父进程，{task} 也永远不会被标记为就绪（不带超时的 get() 会永远等下去）",
        .evPoolCallFailed: "{object}.{call} 抛出了 {error}",
        .noteTaskHandoffLazy: "{duration} 期间有空闲的工作进程，而这个任务还没开始：传给 {method}() 的是一个生成器，进程池的任务处理线程在发送任务时才从中逐个取出元素，生成器自己的代码就在那个线程上运行，所以这个元素当时可能还没有生成（也可能正在送往工作进程的路上）",
        .evCancelByAsyncio: "是 asyncio（而不是程序本身）对工作项 {work} 的 Future 调用了 cancel()（包装它的 asyncio future——来自 run_in_executor()——被取消了，例如 wait_for() 超时）：",
        .lockCopyLabel: "{object}（{process} 中的副本）",
        .noteWaitOnTerminatedPool: "{pool} 在 {at} 已被终止（调用了 terminate()，或者离开了它的 with 块），而 {task} 的结果还没有送回：被终止的进程池不会再计算、也不会再送回它欠下的结果，所以这次 {call} 只能超时返回（不带超时就会永远等下去）。请在 with 块之内读取结果，或者用 close() 和 join() 代替终止进程池。",
    ]
}
