extension Phrase {
    /// 第 24S 轮（issue 11，服务形态的程序）的中文文本。
    static let chineseRound24S: [Phrase: String] = [
        .evReapedEndedLate: "（{name} 在 {t} 记录了自己的退出，但到了 {seen}，{how}：进程在它记录的最后一个事件之后还要过一会儿才真正结束（spawn 启动的子进程，解释器在那之后还要关闭），所以在这次调用回收它之前，它做僵尸进程的时间最多 {most}）",
        .evReapedSeenByJoin: "join() 发现它仍在运行",
        .evReapedSeenBySentinel: "connection.wait() 返回时它的 sentinel 还没有就绪",
        .evReapedZombieSpawned: "（{name} 在 {t}，也就是 {duration} 之前，记录了自己的退出；spawn 启动的子进程，在这个事件之后解释器还要关闭，所以在这次调用回收它之前，它做僵尸进程（已结束、尚未回收）的时间最多 {duration}）",
        .evQueueWaitGetReaderBusy: "等着从 {object} 取出：队列不是空的（有 {n} 个数据项已放入、尚未取走，正在被取走的也算在内），但另一个 get() 正拿着队列的读锁在读，所以这次要排队等它读完",
        .evPoolCreateMaxTasks: " · maxtasksperchild={n}：每个工作进程做完 {n} 个任务就退出（map() 的一块算一个任务），进程池在运行期间会另起一个新的工作进程顶替它",
        .evRunMaxTasks: "：它已经做完了 {n} 个任务，达到 {pool} 的 maxtasksperchild，于是它的循环结束了",
        .evPolledLastUnrecorded: "（记录里只有第一次轮询的时间，没有最后一次的：这些轮询可能全都发生在那次变化之前）",
    ]
}
