extension Phrase {
    /// 负载 31 的中文文本：看门狗不计机器太忙、运行的进程等 CPU 的时间；机器忙时，关于时序的断言无法判定。
    static let chineseLoad31: [Phrase: String] = [
        .summaryWatchdogExtra: "看门狗从追踪器写下第一个事件起，只计了程序自己的 {limit}；另有 {extra} 没有计入：在那之前的启动时间，以及这次运行的进程已经可以运行、却没有空闲 CPU 核的时间",
        .summaryWatchdogCutWaiting: "看门狗停止运行时，这次运行的某个进程还在等空闲的 CPU 核：是机器太忙拖慢了这次运行，并没有看到它卡住（其他程序平均有 {others} 个进程在 {cores} 个核上等着运行）；把 --timeout 设长一些，或在机器空闲时再运行，就能看到完整的过程",
        .noteWatchdogCutWaiting: "看门狗在 {limit} 后停止了运行（其进程已经就绪、却没有空闲 CPU 核可用的 {wait} 不算在内）。这不是卡死：那一刻这次运行的某个进程还在等 CPU 核，因为机器很忙。下面几行说的是各进程运行到了哪里，而不是卡在了哪里。",
        .claimNotJudgedBusy: "这次运行无法判定：这条断言需要空闲的 CPU 核，而机器很忙（其他程序平均有 {others} 个进程在 {cores} 个核上等着运行；这次运行的进程一共有 {wait} 在等空闲的核）。这次运行实际显示：{observed}",
        .checkBusyLabel: "繁忙",
        .checkTotalsBusy: "通过 {passed} 个，失败 {failed} 个，{busy} 个无法判定（机器太忙：需要空闲 CPU 核的断言没有检查）",
        .lessonClaimNeedsValue: "断言的 \"needs\" 只能是 \"free cores\"（只有机器有空闲的核时断言才成立），不能是 \"{value}\"",
        .trMachineLoad: "\"{key}\" 必须是一个对象，含整数纳秒（\"cpu_wait_ns\"、\"watchdog_extra_ns\"）、整数 \"cores\"，以及进程数 \"other_runnable\"（0 或更大）",
    ]
}
