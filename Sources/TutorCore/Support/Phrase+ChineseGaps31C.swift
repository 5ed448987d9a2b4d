extension Phrase {
    /// 缺口 31C 的中文：创建时就抛出异常的 `Pool()`、进程丢失的事件在它的每条泳道上都说明，以及状态面板里列表的分隔符。
    static let chineseGaps31C: [Phrase: String] = [
        .panelListedMore: "{dots}还有 {n} 个",
        .laneLostShared: "{warn} 这个进程丢失了 {n} 个事件（丢在它的哪个线程、何时丢失的，记录里都没有）",
        .laneLostSharedOne: "{warn} 这个进程丢失了 1 个事件（丢在它的哪个线程、何时丢失的，记录里都没有）",
        .stepLaneLostShared: "{warn} 本进程丢失 {n} 个，线程和时间不明",
        .evPoolCreateError: "{call} 抛出了 {error}（进程池没有建成）",
        .evPoolCreateErrorStartedOne: "；它已经启动的 1 个工作进程被 Pool() 自己的清理代码终止并回收了",
        .evPoolCreateErrorStarted: "；它已经启动的 {n} 个工作进程被 Pool() 自己的清理代码终止并回收了",
        .evPoolCreateErrorDaemon: "（{process} 是守护进程，daemon=True：守护进程不允许有子进程，而 Pool() 在返回之前就要启动它的工作进程，所以是 Pool() 本身抛出了异常）",
    ]
}
