extension Phrase {
    /// The Chinese texts of a signal a process sends itself with os.kill(os.getpid(), …).
    static let chineseSelfSignals: [Phrase: String] = [
        .evOsKillSelf: "os.kill(os.getpid(), {signal})：{name} 向自己（pid {pid}）发送 {signal}",
        .noteSignalledItself: "（它用 os.kill() 向自己发送了 {signal}）",
    ]
}
