extension Phrase {
    /// The Chinese text of a task's wait while the free workers were still connected to a manager after their task.
    static let chineseProxyDrops: [Phrase: String] = [
        .noteTaskWorkersDroppingProxies: "{duration} 里 {pool} 没有空闲的工作进程：没在跑任务的那些已经做完手头的任务，却还连着管理器，服务进程里为它服务的线程稍后才结束（工作进程做完一个任务后会丢弃这个任务用到的代理，丢弃最后一个时才关闭连接）",
    ]
}
