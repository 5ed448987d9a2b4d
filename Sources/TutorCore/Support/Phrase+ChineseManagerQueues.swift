extension Phrase {
    /// The Chinese texts of the note on items a Manager queue still held when the run ended.
    static let chineseManagerQueues: [Phrase: String] = [
        .noteManagerQueueItemsLeft: "运行结束时，Manager 队列 {object} 里还剩 {n} 个数据项，从来没有哪个 get() 取走它们：{items}。Manager 队列存放在管理器的服务进程里：对它的 put() 调用有 {puts} 次已经返回，每一次都已把它的数据项放进了服务进程；get() 调用有 {gets} 次取回了一个数据项。程序的所有进程（包括服务进程）都已结束，剩下的数据项随服务进程一起丢失了。",
        .noteManagerQueueItemsUntold: "记录无法说明是哪几个（有的值没有完整记录下来，或者同一个值既被取走过、又有剩下的）",
    ]
}
