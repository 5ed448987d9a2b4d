extension Phrase {
    /// The Chinese texts of a pool worker's send of a task's result that took visible time.
    static let chineseResultSends: [Phrase: String] = [
        .evPoolResultSent: "把 {task} 的结果发给父进程{size}：put() 在 {duration} 后、{t} 时才返回（进程池的结果队列整块写出结果，比管道缓冲区大的结果要等父进程的结果处理线程边读边写）",
        .evPoolResultSentSize: "（序列化后 {size}）",
    ]
}
