extension Phrase {
    /// 第 24S 轮（issue 11，服务形态的程序）的中文文本。
    static let chineseRound24S: [Phrase: String] = [
        .evReapedEndedLate: "（{name} 在 {t} 记录了自己的退出，但到了 {seen}，{how}：进程在它记录的最后一个事件之后还要过一会儿才真正结束（spawn 启动的子进程，解释器在那之后还要关闭），所以在这次调用回收它之前，它做僵尸进程的时间最多只有 {most}）",
        .evReapedSeenByJoin: "join() 发现它仍在运行",
        .evReapedSeenBySentinel: "connection.wait() 返回时它的 sentinel 还没有就绪",
        .evReapedZombieSpawned: "（{name} 在 {duration} 前、{t} 时记录了自己的退出；spawn 启动的子进程在这个事件之后解释器还要关闭，所以在这次调用回收它之前，它做僵尸进程（已结束、尚未回收）的时间最多 {duration}）",
    ]
}
