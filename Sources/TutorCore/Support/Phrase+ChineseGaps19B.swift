extension Phrase {
    /// The Chinese texts of gaps 19B (see `englishGaps19B`).
    static let chineseGaps19B: [Phrase: String] = [
        .summaryCutWaits: "因所在进程结束而中断的等待：{list}",
        .summaryCutWait: "{who} 在 {target} 上的 {call}，从 {t} 起，直到它的进程被 {signal} 结束（记录显示它在 {at} 已经结束）",
        .summaryLockCut: "，{n} 次等待因所在进程结束而中断（{list}）",
        .summaryLockCutItem: "{who} 从 {t} 等到 {at} 被 {signal} 结束",
        .evReleaseNoOwner: "，它是 {holder} 在 {at} 获取的：Lock 没有所有者，任何进程都可以释放它，不只是获取它的那个进程（RLock 则不行：只有获取它的那个线程才能释放它）",
        .noteResultLostPart: "{pool} 的 {worker} 完成了 {task}，但在结果送到父进程之前就结束了{code}",
        .summaryPoolResultLost: " · {n} 个结果丢失：工作进程完成了任务，但在结果送到父进程之前就结束了（{list}）",
        .noteLostUpdateTracingCost: "一般来说，追踪器记录每次访问都要花时间，从而拉长了读取与随后写入之间的时间窗口：同一个程序不在 mp-tutor 下运行时，丢失的更新可能更少，某一次运行里甚至一个也不丢。但竞争始终存在；只有在这两步期间一直持有同一把锁，才能消除它。",
    ]
}
