extension Phrase {
    /// The Chinese texts of a hang whose wait nobody is left to end (round 15H).
    static let chineseNoWaker: [Phrase: String] = [
        .hangNoWakerCondition: "{who} 从 {t} 起在 {label} 上等待 notify，而这次等待开始之后没有记录到对 {label} 的 notify() 或 notify_all()；程序里也没有别的进程还能腾出手来调用它：{detail}。",
        .hangNoWakerEvent: "{who} 从 {t} 起等待 {label} 被设置，而这次等待开始之后没有记录到对 {label} 的 set()；程序里也没有别的进程还能腾出手来调用它：{detail}。",
        .hangNoWakerPut: "{who} 从 {t} 起等待往 {label} 里放数据，而它已经满了；程序里也没有别的进程还能腾出手来从中取数据、腾出空间：{detail}。",
        .hangNoWakerEnded: "{who} 已经结束{code}",
        .hangNoWakerNone: "程序里没有别的进程还在运行",
        .recordingNotStartedBeforeWatchdog: "在看门狗于 {limit} 后停止这次运行之前，没有任何进程报告过事件：追踪器当时还没有启动（启动较慢，或机器太忙：加长 --timeout 也许就能看到这次运行）",
        .tracerSilentWarningWatchdog: "⚠ 在看门狗停止这次运行之前，没有任何进程报告过事件：追踪器当时还没有启动。下面是程序打印的内容：",
        .hangNoWakerPipe: "{who} 从 {t} 起{what}；程序里也没有别的进程还能腾出手来给它发送数据：{detail}。",
        .hangLockSelf: "{who} 从 {t} 起{what}，而 {label} 正由 {who} 自己持有：Lock 不可重入，所以这次 acquire() 等待的是只有 {who} 自己才能做的 release()，它永远不会到来。只获取一次锁（持有者调用的代码里不要再获取），或者改用 RLock。",
        .hangStarvedDropped: "{putter} 在 {t} 确实把 {item} 放进了 {label}，但这个数据从未进入管道：队列的 feeder 线程无法用 pickle 序列化它（{error}），把它丢弃了，所以任何 get() 都拿不到它。",
    ]
}
