extension Phrase {
    /// The Chinese text of a pool worker's slow put() of a result smaller than a pipe's buffer: its size explains nothing.
    static let chineseSmallResultSends: [Phrase: String] = [
        .evPoolResultSentSmall: "把 {task} 的结果发给父进程{size}：put() 在 {duration} 后、{t} 时才返回（这么小的结果，只要管道还有空间就会一次写完：时间花在了序列化、等待结果队列的写锁（进程池的工作进程轮流持有它）、等待已被未读结果塞满的管道，或者等待 CPU 上；追踪器无法区分这几种情况）",
    ]
}
