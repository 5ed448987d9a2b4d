extension Phrase {
    /// 进程在 run() 结束后又被别的方式结束时的文字，以及对课程实时运行检查不变量的文字。
    static let chineseTruth: [Phrase: String] = [
        .evRunThenSignal: "；随后 {signal} 在清理中结束了它（父进程看到的 exitcode 是 {real}）",
        .evRunThenOther: "；随后它以 exitcode {real} 结束（父进程看到的）",
        .checkInvariantFailed: "这次记录的运行违反了一条不变量（{invariant}）：{message}",
        .hangWorkRunningOf: "{object} 的工作进程 {worker} 在 {t} 开始执行工作项 {work}，一直没有完成",
        .hangWorkQueuedOf: "工作项 {work} 已经提交给 {object}，但它的工作进程都没有开始执行它",
        .hangTaskRunningOf: "{object} 的工作进程 {worker} 在 {t} 开始执行 {task}，一直没有完成",
    ]
}
