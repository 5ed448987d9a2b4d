extension Phrase {
    /// The Chinese texts of round 15.
    static let chineseRound15: [Phrase: String] = [
        .noteBoundMethodUnsentPool: "{call} 收到的是绑定方法 {func}：进程池要先把每个任务用 pickle 序列化，才能发给工作进程（fork 下也一样：fork 出来的只是工作进程，任务仍要经管道送过去），而序列化这个方法时，它所属的实例（一个 {class}）连同它持有的一切都会一起被序列化。这里 {task} 的每一块都序列化失败了（{message}）：没有一个送到工作进程，什么也没运行，{who} 中的 {call} 会抛出这个异常。{class} 只要有一个属性不能序列化（打开的文件、锁、连接），每个任务都会这样失败：序列化 {class} 时把它排除在外（__getstate__），或者交给进程池一个普通函数。",
        .noteJoinGaveUpQueueEmpty: "那时 {queue} 已经空了：放进去的 {n} 个数据项都已被取走（{takers}）。",
        .noteJoinGaveUpQueueTaker: "{who} 取走 {n} 个",
    ]
}
