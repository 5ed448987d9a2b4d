extension Phrase {
    /// Chinese texts of round 24 (see `englishRound24`).
    static let chineseRound24: [Phrase: String] = [
        .evImapGivenNoneSent: "任务处理线程已读完 task {job} 的全部输入：{items} 项，分成 {chunks} 块；没有一块进入工作进程的任务队列：每块都发送失败，任务处理线程把每块的结果都设成了那个异常",
        .evImapGivenSomeSent: "任务处理线程已读完 task {job} 的全部输入：{items} 项，分成 {chunks} 块；{sent} 块已放入工作进程的任务队列，{failed} 块发送失败（任务处理线程把这些块的结果设成了那个异常）",
        .evImapNeverReadUnsent: "{object} 结束：task {job} 的 imap() 结果对象里有 {n} 个未读的异常，是任务处理线程为发送失败的块设置的（没有工作进程运行过它们），程序始终没有读取它们（池结束后，程序没有再从 imap() 的结果对象里读取任何结果）",
        .evImapUnreadUnsent: "{object} 结束：task {job} 的 imap() 结果对象里有 {n} 个未读的异常，是任务处理线程为发送失败的块设置的（没有工作进程运行过它们）；它们留在结果对象里，池结束后程序仍可读取",
        .evImapLeftNothingUnsent: "：{object} 结束后，程序没有再从中读取，所以这 {never} 个异常始终没有被读取",
        .evImapUnsentAmong: "（其中最多 {k} 个是任务处理线程为发送失败的块设置的异常：没有工作进程运行过它们）",
        .summaryImapNotSent: "（其中 {n} 块发送失败）",
        .summaryImapNeverReadUnsent: "；池结束时，结果对象里有 {n} 个任务处理线程为发送失败的块设置的异常，程序始终没有读取它们",
        .summaryImapUnreadUnsent: "；池结束时，结果对象里有 {n} 个任务处理线程为发送失败的块设置的异常，尚未被读取",
        .noteJoinGaveUpFeederWlock: "{name} 放进 {queue} 的 {n} 个数据项还没有被读取（第一个是 {item}，在 {t} 放入）：它的 feeder 线程还没有把它们写进管道；从 {since} 起，它一直在等队列的写锁，这把锁在另一个进程手里{holder}。每个进程的 feeder 线程都要拿到这把锁才能写入一个数据项；管道满了、剩下的写不进去时，它会一直拿着锁，直到有进程从管道里读取；而 {name} 要等全部写完才能退出。先取走这些数据再 join()（文档里的陷阱“joining processes that use queues”）。",
        .noteJoinGaveUpWlockHolder: "（那时 {who} 的 feeder 线程正往管道里写入一个数据项）",
        .activityFeederJoinAtExit: "正在退出：从 {t} 起等待 {object} 的 feeder 线程把本进程放入的数据写进管道",
        .activityFeederJoin: "从 {t} 起在 {object}.join_thread() 中等待它的 feeder 线程把本进程放入的数据写进管道",
    ]
}
