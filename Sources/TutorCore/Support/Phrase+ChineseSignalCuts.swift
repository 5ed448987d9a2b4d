extension Phrase {
    /// The Chinese texts of the record line when a signal ended a process outside a recorded wait.
    static let chineseSignalCuts: [Phrase: String] = [
        .summaryNoneLostInWriting: "，写入时没有丢失事件",
        .summarySignalCut: "被信号结束时没有阻塞在已记录等待中的进程：{list}。调用的事件在调用返回时才写入，所以这样的进程在信号到来时正在进行的调用，可能不在记录里",
        .summarySignalCutMember: "{name}（pid {pid}，信号 {signal}）",
    ]
}
