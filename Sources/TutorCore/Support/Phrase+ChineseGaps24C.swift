extension Phrase {
    /// The Chinese texts of gaps 24C (issue 11): the loop over an imap result, said as the loop (遍历 … 的结果);
    /// a SimpleQueue's put() that waits for the queue's write lock.
    static let chineseGaps24C: [Phrase: String] = [
        .summaryUnfinishedWaitIterated: "{who} 遍历 {target} 的 {method}() 结果，从 {t} 起",
        .summaryCutWaitIterated: "{who} 遍历 {target} 的 {method}() 结果，从 {t} 起，直到它的进程被 {signal} 结束（记录显示它在 {at} 已经结束）",
        .evWlockWaitPut: "对 {object} 的 put() 在等队列的写锁，这把锁在另一个线程或进程手里（所有使用 {object} 的进程里的每次 put() 都要拿它，把数据写进管道，写完再释放）",
        .evWlockWaitedPut: "对 {object} 的 put()：队列的写锁又空出来了{waited}，这次 put() 现在去拿它",
        .waitWlockPut: "{label} 的写锁（在另一个线程或进程手里）",
    ]
}
