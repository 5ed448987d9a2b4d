extension Phrase {
    /// Chinese texts of gaps 27B (see `englishGaps27B`).
    static let chineseGaps27B: [Phrase: String] = [
        .evRunStoppedByCtrlZ: "被 Ctrl-Z（SIGTSTP）暂停了 {duration}：本次运行的所有进程都随 mp-tutor 一起停住，直到被恢复运行",
        .evRunStopped: "被 {signal} 暂停了 {duration}：本次运行的所有进程都随 mp-tutor 一起停住，直到被恢复运行",
        .evRunContinued: "被 {signal} 暂停 {duration} 后恢复运行",
        .activityStoppedSince: "从 {t} 起被 {signal} 暂停（暂停前：{activity}）",
        .evSelectorWaitOne: "在 {call} 中等待 {what} 就绪",
    ]
}
