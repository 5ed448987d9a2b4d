extension Phrase {
    /// The Chinese texts of `englishGaps30A`.
    static let chineseGaps30A: [Phrase: String] = [
        .noteTrackerLeakMore: "，另有 {n} 项",
        .noteTrackerLeakOwnerUnseen: "一个记录里没有创建行的 {type}",
        .noteTrackerLeakPartOf: "它的 {inner} 的 {type}",
        .noteTrackerLeakAt: "{process}（{t}）",
        .noteTrackerLeakItemAgain: "{object}（由 {process} 在 {t} 登记，之后又由 {again} 登记）",
        .noteTrackerLeakOwned: "{owner} 为自己创建的 {n} 个命名信号量（{types}；由 {process} 在 {t} 登记）",
        .noteTrackerLeakForkserverImport: "{process} 在导入程序主模块时、也就是启动之前，共创建了其中 {n} 个：forkserver 子进程启动时（Process._bootstrap）会清空 multiprocessing 的退出清理列表（util._finalizer_registry），它们的清理就在其中；而子进程最后以 os._exit() 结束，这些对象也不会被回收：那里没有任何东西注销它们。",
        .panelExecutorInitializer: "初始化函数 {func}()",
        .panelExecutorInitRaised: "它的初始化函数在 {list} 里抛出异常",
        .panelWorkRefused: "有 {n} 次 submit() 被拒绝（{error}）：没有产生工作项",
        .panelWorkUnsent: "没能交给工作进程（这次调用无法 pickle）：{list}",
        .panelWorkUnsentItem: "{work}（{error}）",
        .panelWorkUnsentArgument: "{work}（{error}，参数 {argument}）",
        .panelLockShared: "与 {list} 共用：它们从 pickle 重建了它，是同一个命名信号量，不是副本",
        .summaryLockShared: " · 与 {list} 共用：它们从 pickle 重建了它，是同一个命名信号量，不是副本",
        .panelWorkQueuedBySubmitError: "（另有 {n} 个由随后抛出异常的 submit() 排入队列）",
    ]
}
