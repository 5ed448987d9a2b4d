extension Phrase {
    /// The Chinese texts of gaps 19A (round 18E's tracer-side leftovers): a Barrier's reset() and the waits it woke.
    static let chineseGaps19A: [Phrase: String] = [
        .evBarrierReset: "对 {object} 调用 reset()：此刻在这里等待的各方都会收到 BrokenBarrierError；{object} 并没有因此被破坏，仍然可以使用，此后的 wait() 开始新的一轮",
        .evBarrierWokenByReset: "在 {object} 处的 wait() 抛出 BrokenBarrierError{waited}：{process} 在 {at} 对 {object} 调用了 reset()，reset() 正是这样唤醒每个正在等待的一方；{object} 并没有被破坏，reset 之后的 wait() 开始新的一轮",
        .evSimplePutUnpicklable: "对 {object} 的 put({item}) 抛出 {error}：SimpleQueue 在 put() 内部就用 pickle 序列化数据项（Queue 则交给它的 feeder 线程去做），所以错误就在调用方这里抛出，什么也没有发送",
        .evSimplePutRaised: "对 {object} 的 put({item}) 抛出 {error}",
        .evProcessNotParent: "：{name} 这个 Process 对象是 {parent} 创建的，不是 {caller} 创建的；只有创建它的那个进程才能对它调用 start()、join() 或 is_alive()，所以这次调用什么也没做",
        .evSignalRaised: "signal.raise_signal({signal})：向自己发送信号",
        .evSignalSetDefault: "signal.signal({signal}, SIG_DFL)：从现在起，本进程收到 {signal} 时执行它的默认动作，不再运行任何 Python 处理函数",
        .evSignalSetDefaultInt: "；对 SIGINT 来说，就是立即结束进程：不会抛出 KeyboardInterrupt，也没有回溯信息",
        .evSignalSetIgnored: "signal.signal({signal}, SIG_IGN)：从现在起，本进程忽略 {signal}",
        .noteSignalledItselfRaised: "（它用 signal.raise_signal() 向自己发出了 {signal}）",
        .noteStoppedByItselfRaised: "它用 signal.raise_signal() 发给了自己",
    ]
}
