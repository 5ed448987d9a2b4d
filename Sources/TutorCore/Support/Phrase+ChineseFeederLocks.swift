extension Phrase {
    /// The Chinese texts of a feeder join while another process's feeder holds the queue's shared write lock.
    static let chineseFeederLocks: [Phrase: String] = [
        .evFeederLockElsewhere: "{items}（得先拿到队列的写锁才能写，而这把锁现在在另一个进程手里：每个进程的 feeder 线程每写一项都要拿它）",
        .evFeederTakenItem: "它已从缓冲区取出的那一项（如果有）",
    ]
}
