extension Phrase {
    /// The Chinese texts of gaps 38B (Phrase+EnglishGaps38B.swift).
    static let chineseGaps38B: [Phrase: String] = [
        .evSpawnRunOwner: " · 子进程运行 {owner}.run()",
        .evStartedChildForkserver: "{process} 开始运行（pid {pid}，父进程 {ppid}，即 fork 出它的 forkserver；multiprocessing 所说的父进程是 {parent}：os.getppid() 得到前者，parent_process() 和 Process 的 repr 给出后者）",
        .evStartedAfterBootForkserver: "{process} 开始执行 run()（pid {pid}，父进程 {ppid}，即 fork 出它的 forkserver；multiprocessing 所说的父进程是 {parent}）：{main} 已导入完毕",
        .panelCondition: "条件变量",
        .panelConditionRow: "{label}（所用的锁是 {lock}）：",
        .panelConditionRowNoLock: "{label}：",
        .panelConditionNoWaiter: "没有谁在等它",
        .panelConditionWaiting: "在等：{list}",
        .panelConditionNotified: "（已于 {t} 被通知，它的 wait() 尚未返回）",
        .panelConditionLastNotify: "最近一次是 {who} 在 {t} 调用 {call}",
        .panelConditionWaitingThen: "（当时有 {n} 个在等）",
        .panelManagerObject: "管理器",
        .panelManagerObjectRow: "{label}（{type}，存放在管理器进程中）：",
        .panelManagerLength: "{who} 在 {t} 调用 len() 得到 {n}",
        .panelManagerLengthUnseen: "记录中还没有它的长度（尚无 len() 调用）",
        .panelManagerLastCalls: "最近的调用：{list}",
        .panelManagerCallRaised: "{call} 抛出 {error}",
    ]
}
