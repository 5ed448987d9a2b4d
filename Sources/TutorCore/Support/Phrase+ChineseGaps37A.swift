extension Phrase {
    /// The Chinese texts of gaps 37A.
    static let chineseGaps37A: [Phrase: String] = [
        .summaryLockAllByValue: " · 全部是 {value} 自己拿的：Value 的 .value 每次读和写都会先拿它自己的锁",
        .summaryLockSomeByValue: " · 其中 {n} 次是 {value} 自己拿的：Value 的 .value 每次读和写都会先拿它自己的锁",
        .summaryManagerCalls: "{manager}：经代理调用 {n} 次：{list}",
        .summaryManagerObject: "{object} {n} 次（{methods}）",
        .summaryManagerMethod: "{method} {n} 次",
        .summaryManagerBlocking: " · 其中 {n} 次可能在服务进程里阻塞（{list}）",
        .summaryWaitingUnlistedNone: "未列出：{total} 个进程中有 {n} 个，记录里没有它们的等待：{list}",
        .summaryWaitingUnlistedShort: "未列出：{total} 个进程中有 {n} 个，每种等待加起来都不到 10 毫秒：{list}",
        .evPutStartedFeeder: " · 这次 put() 在本进程启动了这个队列的 feeder 线程：进程第一次往一个队列 put() 时都会这样",
    ]
}
