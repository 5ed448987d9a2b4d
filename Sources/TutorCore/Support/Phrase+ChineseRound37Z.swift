extension Phrase {
    /// The Chinese texts of round 37Z (see `englishRound37Z`).
    static let chineseRound37Z: [Phrase: String] = [
        .noteTimedAcquireDeadlock: "{who} 等了 {waited} 后放弃获取 {lock}。当时它陷入了死锁：{parts}。每一方都在等下一方，围成一个圈，谁也无法继续：结束这次等待的只有超时。请在所有地方都按同一个固定顺序获取锁，或者持有锁时绝不等待。",
        // the panel's rows were joined with an ASCII ": " in Swift code, out of the Chinese punctuation tests' reach
        .panelLabelled: "{label}：{text}",
    ]
}
