extension Phrase {
    /// The Chinese texts of round 29S (see `englishRound29S`).
    static let chineseRound29S: [Phrase: String] = [
        .noteEventNoSetter: "{object}.wait() 等了 {waited} 后超时放弃：之前没有任何人对 {object} 调用过 set()，而这次运行的其他进程都已经结束了（{ended}）。已经没有别的进程能设置它，这个进程里也没有程序自己的其他线程：最后这 {idle}（从 {t} 起），除了超时，没有任何东西能结束这次等待。",
        .noteEventNoSetterEnded: "{name} 在 {t} 结束，退出码 {code}",
        .noteEventNoSetterMore: "，另有 {n} 个",
        .noteEventNoSetterSep: "；",
        .summaryPoolJoinRaised: "{n} 次 join() 调用在发起调用的进程里就抛出了异常",
    ]
}
