extension Phrase {
    /// The Chinese texts of round 38C (see Phrase+EnglishRound38C.swift).
    static let chineseRound38C: [Phrase: String] = [
        .evMapIteratorReadRaised: "map() 结果迭代器的 next() 取到已完成的工作项 {work}：它立刻在程序里抛出该工作项引发的异常",
        .evMapChunkLost: " · 工作项 {work} 是 map() 的一个任务块，含 {n} 个元素，在工作进程里作为一次调用运行：要么把全部结果放进一个列表返回，要么抛出异常，所以这 {n} 个结果一个也拿不回来",
        .evSpawnReplacesAfterMaxTasks: " · {executor} 的管理线程启动它来顶替 {old}（{old} 做完 max_tasks_per_child 规定的 {n} 个工作项后退出了）",
        .evSpawnReplacementTookNone: "；{name} 直到结束都没有拿到工作项",
    ]
}
