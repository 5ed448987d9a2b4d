extension Phrase {
    /// The Chinese texts of `englishPools`.
    static let chinesePools: [Phrase: String] = [
        .evPoolInit: "{mark} 初始化函数 {call}：在这个工作进程里只运行一次，先于它领取的任何任务",
        .evPoolInitDone: "初始化函数 {func} 返回{took}：这个工作进程开始领取任务",
        .evPoolInitRaised: "{mark} 初始化函数 {func} 抛出 {error}：这个工作进程没有领取任何任务就结束了",
        .summaryPoolInitFailed: " · 它的初始化函数在 {n} 个工作进程里抛出异常，这些进程没有领取任务就结束了",
        .panelInitializing: "正在运行初始化函数",
        .panelInitRaised: "初始化函数抛出异常，正在结束",
        .activityInitializer: "正在运行进程池的初始化函数 {func}",
        .hangInitFailed: "{who} 从 {t} 起{what}，但是 {pool} 的任务一个也没有开始过：初始化函数 {func} 在它的 {failed} 个工作进程里抛出了异常"
            + "（{error}），没有一个顺利跑完它；进程池为补上结束的工作进程又启动了 {n} 个{now}。只要初始化函数一直抛出异常，"
            + "每个新的工作进程都会同样死掉：multiprocessing.Pool 会不停地补充工作进程，却从不把这个错误交给 {call}，所以它会永远等下去。",
        .hangInitNow: "；{names} 此刻正在运行初始化函数",
        .evPoolCollected: "{object} 在还有工作进程存活时被垃圾回收了（程序从未 join 或 terminate 它）：它的终结器（finalizer）终止了这个进程池",
        .evPoolTerminatedAtExit: "程序退出时，multiprocessing 的退出函数终止了 {object}（程序从未 join 或 terminate 它）",
        .notePoolCollected: "（是 {pool} 的终结器发送的：程序从未 join 或 terminate {pool}，而这个 Pool 对象被垃圾回收了，例如它是函数的局部变量，函数返回时就被回收）",
        .noteCallbackChunks: "：{task} 分成 {n} 块运行，由 {workers} 计算；每一块的结果都传回父进程之后，回调才一次拿到全部结果",
        .noteWorkerWithPid: "{worker}（pid {pid}）",
        .activityIdleClosed: "空闲；它的进程池已关闭（close()）：不能再提交新任务，它只会取走已在排队的任务，然后结束",
        .activityIdleTerminating: "空闲；它的进程池正在被终止：它不会再取任务",
        .noteLostTaskTimeout: "get() 等了 {duration} 后放弃了 {task}：{parts}，所以它的结果永远不会来。Pool 会补上死掉的工作进程，但不会重新运行它丢下的任务：没有超时的话，get() 会一直等下去。",
        .evResultUnpicklable: "{task} 的结果到达：是 MaybeEncodingError，而不是它的返回值（工作进程无法用 pickle 序列化任务返回的东西，于是改为发回这个错误）",
        .evCallbackRaisedKeyError: "{task} 的回调 {func} 抛出了 {error}：Pool 的结果处理线程会悄无声息地吞掉 KeyError（它把这当成一个已不在缓存中的任务），所以 {task} 永远不会被标记为就绪：对它的 wait() 和 get() 只能超时返回",
        .evCallbackRaised: "{task} 的回调 {func} 抛出了 {error}：这个异常结束了 Pool 的结果处理线程，所以这个 Pool 之后的结果都不会再送到父进程，{task} 也永远不会被标记为就绪（不带超时的 get() 会永远等下去）",
        .evPoolCallFailed: "{object}.{call} 抛出了 {error}",
        .noteTaskHandoffLazy: "{duration} 里有空闲的工作进程，而这个任务还没开始：传给 {method}() 的是一个生成器，进程池的任务处理线程在发送任务时才从中逐个取出元素，生成器自己的代码就在那个线程上运行，所以这个元素当时可能还没有生成（也可能正在送往工作进程的路上）",
        .noteWaitOnTerminatedPool: "{pool} 在 {at} 已被终止（调用了 terminate()，或者离开了它的 with 块），而 {task} 的结果还没有送回：被终止的进程池不会再计算、也不会再送回它欠下的结果，所以这次 {call} 只能超时返回（不带超时就会永远等下去）。请在 with 块之内读取结果，或者用 close() 和 join() 代替终止进程池。",
        .noteTaskStartupWhyForkserver: "（forkserver 方式的工作进程由 forkserver 进程 fork 出来；forkserver 进程在首次需要时作为新的解释器启动，工作进程在运行任务前还会重新导入主模块）",
        .summaryPoolResultUnsent: "{n} 个{unit}正常返回了，但父进程收到的是一个异常而不是结果：工作进程无法把返回值发回去（MaybeEncodingError，在读取结果的地方抛出）",
        .noteWaitAfterResultHandlerDied: "{pool} 的结果处理线程在 {at} 结束了：task {job} 的一个回调在那里抛出了 {error}，而除 KeyError 以外的任何异常都会结束这个线程。之后 {pool} 的任何结果都到不了父进程，所以这次为 task {waitJob} 调用的 {call} 只能超时（没有超时就会永远等下去）。",
        .evTaskReraisesInput: "再次抛出 {error}（这不是程序自己的函数：传给 imap() 或 imap_unordered() 的可迭代对象在进程池的任务处理线程读取它时抛出了 {error}，进程池把这个异常作为一个任务发给工作进程，由它再次抛出，这样 next() 会按顺序抛出它）",
    ]
}
