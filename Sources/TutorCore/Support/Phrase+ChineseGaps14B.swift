extension Phrase {
    /// The Chinese texts of what gaps 13A and 13B left (gaps 14B): a thread's exception when threading.excepthook is
    /// None (threading calls the hook it found when the Thread object was made).
    static let chineseGaps14B: [Phrase: String] = [
        .evThreadEndsRaisedHookNone: "线程 {name} 结束：它的 run() 抛出了 {error}，没有被捕获。threading.excepthook 是 None，所以 threading 调用的是创建这个 Thread 对象时取到的钩子，即 Python 自带的钩子，它把回溯打印到 stderr；进程继续运行",
        .evThreadEndsRaisedHookNoneOwn: "线程 {name} 结束：它的 run() 抛出了 {error}，没有被捕获。threading.excepthook 是 None，所以 threading 把异常交给了创建这个 Thread 对象时取到的钩子，即程序自己的 {hook}，由它决定打印什么；进程继续运行",
        .evThreadEndsBySystemExitHookNone: "线程 {name} 因 SystemExit({arg}) 结束（sys.exit({arg}) 抛出的就是它）：它只结束这个线程。threading.excepthook 是 None，所以 threading 调用的是创建这个 Thread 对象时取到的钩子，即 Python 自带的钩子，它会静默忽略 SystemExit；进程继续运行",
        .evThreadEndsBySystemExitHookNoneOwn: "线程 {name} 因 SystemExit({arg}) 结束（sys.exit({arg}) 抛出的就是它）：它只结束这个线程。threading.excepthook 是 None，所以 threading 把它交给了创建这个 Thread 对象时取到的钩子，即程序自己的 {hook}，由它决定打印什么（Python 自带的钩子会静默忽略 SystemExit）；进程继续运行",
        .evProcessArgsString: "{name} 创建时传入了 args={value}：这是一个字符串，不是元组（只加括号并不构成元组）。Process 会对它做 tuple({value})，每个字符成为一个参数：它的 target 将以 {n} 个参数被调用。如果只想传一个参数，请写 args=({value},)",
        .evProcessArgsBytes: "{name} 创建时传入了 args={value}：这是一个 bytes 对象，不是元组（只加括号并不构成元组）。Process 会对它做 tuple({value})，每个字节成为一个参数（都是 int）：它的 target 将以 {n} 个参数被调用。如果只想传一个参数，请写 args=({value},)",
        .evQueuePutDropped: "feeder 线程无法用 pickle 序列化 {item}（{type} 类型），不能把它发送到 {object}：{message}。这个数据项被丢弃了，任何 get() 都收不到它；put(){ago}早已返回（put() 只是把对象放进队列的缓冲区），所以程序永远不会得知这件事",
        .evResultNotSentChunkItem: "{task} 没有送到任何工作进程：它这一块中下标为 {item} 的数据项（{input}一个 {type}）无法用 pickle 序列化（{message}），所以任务处理线程没能把整块发出去，就把这个异常设为它的结果",
        .evResultNotSentChunkInput: "在整个输入中的下标为 {index}；",
        .evFutureNeverSentChunkItem: "工作项 {work} 从未到达任何工作进程：它的 map() 块中下标为 {item} 的数据项（一个 {type}）无法用 pickle 序列化（{message}），所以发送整块时失败了，它的 Future 保存的就是这个异常",
    ]
}
