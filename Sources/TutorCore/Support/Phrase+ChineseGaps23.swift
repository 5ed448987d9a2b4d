extension Phrase {
    /// The Chinese texts of gaps 23 (issue 11). Chinese counts have no plural: the count phrases give the number alone,
    /// and the noun stays in the sentence around it (放入 {puts} 次).
    static let chineseGaps23: [Phrase: String] = [
        .evPollTrueUnread: "True：可能有数据可读，也可能 {object} {other}的每一份副本都已关闭（到了文件结尾同样会让 poll() 返回 True）；记录里分不出是哪一种：在它之前发到这里的数据都已被读走，之后这里也没有调用 recv()",
        .countPuts: "{n}",
        .countGets: "{n}",
        .countTimedPuts: "{n}",
        .countTimedGets: "{n}",
        .countMoreTimedPuts: "{n}",
        .countMoreTimedGets: "{n}",
        .panelChildStarting: "正在启动：{t} 调用了 start()，还没有记录到它自己的任何事件",
        .summaryQueueRefused: " · 有 {puts} 次放入和 {gets} 次取出被立即拒绝（非阻塞的 put() 遇到满队列会抛出 queue.Full，非阻塞的 get() 遇到空队列会抛出 queue.Empty；都没有放入或取出任何数据）",
    ]
}
