extension Phrase {
    /// The Chinese texts of gaps 20B (see Phrase+EnglishGaps20B.swift).
    static let chineseGaps20B: [Phrase: String] = [
        .summaryQueueGaveUpMore: " · 另有 {puts} 次限时放入和 {gets} 次限时取出等到超时后放弃",
        .summaryPoolWorkerRowOpen: "{n} 个{unit} · 忙碌：占整个运行的 {busy}%，占进程池存在时间的 {share}%",
        .evWaitForFirstWait: "在 wait_for() 里等待 {object}{timeout}：谓词（predicate）不成立，所以等待 notify",
        .evWaitForWaitAgain: "在 wait_for() 里再次等待 {object}{timeout}：它被唤醒后又检查了一次谓词，仍不成立，所以再等一次",
        .evWaitForTimeoutLeft: "（超时 {left}：wait_for() 的 {total} 还剩下的时间）",
        .evPipeRecvFromSendBytes: "；它读到的消息是用 send_bytes() 发送的（{who} 在 {at}）：recv() 会把读到的内容反序列化，而 send_bytes() 发送的是原始字节，不是 pickle 数据（这样的消息要用 recv_bytes() 读取）",
    ]
}
