extension Phrase {
    /// The English text of a task's wait while the free workers were still connected to a manager after their task.
    static let englishProxyDrops: [Phrase: String] = [
        .noteTaskWorkersDroppingProxies: "{duration} while no worker of {pool} was free: each one not running a task had ended its task but was still connected to the manager, whose thread serving it ended only later (after a task a worker drops that task's proxies, and closes its connection with the last one)",
    ]
}
