extension Phrase {
    /// The Chinese texts of a Pool's tasks lost to workers that could not unpickle them.
    static let chineseLostTasks: [Phrase: String] = [
        .noteTaskLostAhead: "{duration} 里有工作进程空着，而更早提交、还没开始的任务都已丢失（被无法反序列化它们的工作进程从 {pool} 的任务队列取走：它们永远不会开始）",
    ]
}
