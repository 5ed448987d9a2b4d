extension Phrase {
    /// The Chinese texts of `englishQueuePipes`.
    static let chineseQueuePipes: [Phrase: String] = [
        .evTaskDoneRaised: "{object} 上的 task_done() 抛出 {error}：放入的每一项都已标记完成，所以它什么也没改变",
        .evQueueWaitPartial: "等待从 {object} 取出：管道里已有某个数据项的一部分，其余部分还在路上（放入者的 feeder 线程正在写）",
        .evQueueWaitPartialEnded: "等待从 {object} 取出：管道里已有某个数据项的一部分，但向它放入过数据项的进程（{putters}）都已结束：这个数据项的其余部分永远不会来了",
        .hangPartialItem: "{who} 在 {queue} 的 get() 里等待某个数据项的其余部分：管道里已有它的一部分，但向 {queue} 放入过数据项的进程都已结束（{putters}），它们的 feeder 线程没来得及把整个数据项写完，所以其余部分永远不会来。进程在向队列放入时被结束（terminate()、kill()、os._exit()）会让队列损坏，文档对 terminate() 正有此警告：get() 的 timeout 也帮不上忙，它只管等待数据项开始到达的那段时间。",
        .hangPartialPutter: "{name}：退出码 {code}",
        .evQueueClose: "{object}.close()：本进程之后不能再对它 put 或 get",
        .evQueueCloseFeeder: "{object}.close()：本进程之后不能再对它 put 或 get；它的 feeder 线程把已 put 的数据写完后结束",
        .evQueueCancelJoin: "{object}.cancel_join_thread()：本进程退出时不再等待它的 feeder 线程（那时还没写进管道的数据会丢失）",
        .evQueueJoinThread: "{object}.join_thread() 返回{waited}：它的 feeder 线程已经结束",
        .evQueueJoinThreadNone: "{object}.join_thread() 返回{waited}：没有可以等待的 feeder 线程（从未 put 过）",
        .evQueueJoinThreadRaised: "{object}.join_thread() 抛出了 {error}",
        .evQueueClosedError: "对 {object} 调用 {op}() 抛出了 ValueError：该队列已经关闭",
        .evQueueCloseSimple: "{object}.close()：本进程持有的它那条管道的两端都已关闭：此后在这里 put() 或 get() 会抛出 OSError（其他进程的两端仍然打开）",
    ]
}
