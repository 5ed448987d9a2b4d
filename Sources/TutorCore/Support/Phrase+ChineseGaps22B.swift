extension Phrase {
    /// The Chinese texts of gaps 22B (issue 11): a Queue's feeder thread waiting for the queue's shared write lock.
    static let chineseGaps22B: [Phrase: String] = [
        .evWlockWait: "{object} 的 feeder 线程在等队列的写锁，这把锁在另一个进程手里（这把锁由所有使用 {object} 的进程共用，每个进程的 feeder 线程写每一项时都要拿它，写完再释放）",
        .evWlockWaited: "{object} 的 feeder 线程拿到了队列的写锁{waited}",
        .waitWlock: "{label} 的写锁，好把下一项写进管道",
        .hangWlockEnded: "{who} 从 {t} 起一直在等 {queue} 的写锁，所以在它等待期间，这个进程放进 {queue} 的数据都到不了管道。这把锁由所有使用 {queue} 的进程共用，每个进程的 feeder 线程写每一项时都要拿它，写完再释放；如果进程在自己的 feeder 线程持有它时被结束，这把锁就永远不会被释放。往 {queue} 放过数据的进程中，这些是被信号结束的：{ended}。multiprocessing 的文档提醒：在进程使用队列时终止它，可能让其他进程再也无法使用这个队列（“避免终止进程”）。",
        .wlockEndedOne: "{name}（最后一次放入于 {put}，被 {signal} 结束{call}）",
        .wlockEndedCall: "，{t} 时 {call}",
        .hangWlockUnknown: "{who} 从 {t} 起一直在等 {queue} 的写锁，而这把锁在另一个进程的 feeder 线程手里（这把锁由所有使用 {queue} 的进程共用，每个进程的 feeder 线程写每一项时都要拿它）；记录里看不出是哪个进程持有它。",
    ]
}
