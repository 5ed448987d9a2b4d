extension Phrase {
    /// The Chinese texts of the record line when a signal ended a process outside a recorded wait.
    static let chineseSignalCuts: [Phrase: String] = [
        .summaryNoneLostInWriting: "，写入时没有丢失事件",
        .summarySignalCut: "以下进程被信号结束时，并没有阻塞在任何已记录的等待里：{list}。一次调用的事件要等调用返回时才写入，所以信号到来时这类进程正在进行的调用，可能不在记录里",
        .summarySignalCutMember: "{name}（pid {pid}，信号 {signal}）",
    ]
}
