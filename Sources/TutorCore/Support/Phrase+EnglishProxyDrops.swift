extension Phrase {
    /// The English text of a task's wait while the manager's thread serving each idle worker had not yet ended after its task.
    static let englishProxyDrops: [Phrase: String] = [
        .noteTaskWorkersDroppingProxies: "{duration} while each worker of {pool} not running a task had ended its task but the manager's thread serving it had not ended yet (after a task a worker drops that task's proxies, closing its connection to the manager with the last one; the tracer does not see the drop itself)",
    ]
}
