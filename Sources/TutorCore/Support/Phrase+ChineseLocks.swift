extension Phrase {
    /// The Chinese texts of `englishLocks`.
    static let chineseLocks: [Phrase: String] = [
        .evReleaseRaised: "{object} 的 release() 抛出 {error}：什么也没有释放",
        .evRLockAgain: "再次获得 {object}{times}{waited}：持有者现在嵌套持有它 {n} 层",
        .evRLockReleaseLevel: "释放 {object} 的一层{times}：仍被持有（再 release() {n} 次才真正释放）",
        .evSemaphoreBusy: "对 {object} 的 acquire(blocking=False) 失败：没有空闲的名额",
        .evSemaphoreBusyMany: "对 {object} 又有 {n} 次 acquire(blocking=False) 失败：没有空闲的名额",
        .evThreadLockBusy: "对 {object} 的 acquire(blocking=False) 失败：它已被占用",
        .evThreadLockBusyMany: "对 {object} 又有 {n} 次 acquire(blocking=False) 失败：它已被占用",
        .summaryLockBusyThreading: "，{n} 次 acquire(blocking=False) 失败（已被占用）",
        .summarySemaphoreBusyThreading: "，{n} 次 acquire(blocking=False) 失败（没有空闲的名额）",
        .lockCopyLabel: "{object}（{process} 中的副本）",
    ]
}
