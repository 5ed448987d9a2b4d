extension Phrase {
    /// The Chinese texts of a feeder join while another process's feeder holds the queue's shared write lock.
    static let chineseFeederLocks: [Phrase: String] = [
        .evFeederLockElsewhere: "{items}，但要先拿到队列的写锁，而它现在被另一个进程持有（每个进程的 feeder 线程每写一项都要拿这把锁）",
        .evFeederTakenItem: "它已从缓冲区取出的那一项（如果有）",
    ]
}
