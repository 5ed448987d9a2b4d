extension Phrase {
    /// The Chinese texts of a signal sent to a process group and of a probe (os.kill(pid, 0)).
    static let chineseSignalGroups: [Phrase: String] = [
        .evSignalProbeCall: "os.kill(pid {pid}, 0)",
        .evSignalSentGroup: "{call} 向进程组 {pgid} 发送 {signal}：该组中的每个进程都会收到",
        .evSignalSentOwnGroup: "，本进程也会收到（它就在该组中）",
        .evSignalProbeGroup: "{call} 以信号 0 作用于进程组 {pgid}：不发送任何信号，只检查该组是否存在",
        .evSignalProbeExists: "：存在",
        .evSignalProbeNoProcess: "：没有进程使用这个 pid（ProcessLookupError）",
        .evSignalProbeError: "：调用抛出了 {error}",
    ]
}
