extension Phrase {
    /// The Chinese texts of `englishConnections`.
    static let chineseConnections: [Phrase: String] = [
        .evClientRefused: "Client() 被监听方拒绝：{error}（双方的 authkey 不一致）",
        .evPipeSendRaised: "{object} 的 {end}上的 {call} 发送 {item} 时抛出 {error}：什么也没有发送",
        .evPipeSendBrokenPipe: "{object} 的 {end}上的 {call} 发送 {item} 时抛出 {error}：什么也没有发送（已经没有任何进程打开着另一端）",
        .waitPipeEnd: "{object} 的 {end} 端",
        .waitSentinel: "{name} 的 sentinel",
        .waitSocket: "一个套接字",
        .waitFd: "一个文件描述符",
        .evConnectionWaitedNamed: "connection.wait() 返回{waited}：已就绪的是 {what}",
        .evPipeSendError: "{object} 的 {end}上的 {call} 抛出 {error}：什么也没有发送",
        .evPipeBytesSent: "（{size}；这次调用用了 {duration}）",
        .evPipeBytesReceived: "（{size}）",
        .evByteCount: "{n} 字节",
    ]
}
