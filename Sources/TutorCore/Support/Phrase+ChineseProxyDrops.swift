extension Phrase {
    /// The Chinese text of a task's wait while the manager's thread serving each idle worker had not yet ended after its task.
    static let chineseProxyDrops: [Phrase: String] = [
        .noteTaskWorkersDroppingProxies: "{duration} 里 {pool} 中没有在运行任务的工作进程都已做完手头的任务，但服务进程里为它服务的线程还没有结束（工作进程做完一个任务后会丢弃这个任务用到的代理，丢弃最后一个时关闭与管理器的连接；追踪器看不到丢弃本身）",
    ]
}
