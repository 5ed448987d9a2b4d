extension Phrase {
    /// The Chinese texts of `englishGaps29B`.
    static let chineseGaps29B: [Phrase: String] = [
        .evTrackerRegister: "向资源追踪器登记了 {rtype} {name}：除非之后被告知它已删除，追踪器会在关闭时删掉它",
        .evTrackerUnregister: "告诉资源追踪器 {rtype} {name} 已经删除",
        .noteTrackerLeak: "资源追踪器数的是各进程登记过、却从没注销的资源：{objects}。",
        .noteTrackerLeakSemaphores: "命名信号量由创建它的进程注销：在该对象被回收时，或在该进程退出清理时（同时 unlink 它的名字）。",
        .noteTrackerLeakSegments: "共享内存段只有在对它调用 unlink() 时才会注销，而记录里一次也没有。",
        .noteTrackerLeakKilled: "{process} 被 {signal} 结束（退出码 {code}）：它的退出清理根本没有运行。",
        .evLockUnpickled: "在这里反序列化得到 {object}：它打开的是与 {maker} 的 {object}（创建于 {t}）同一个命名信号量（{name}）；不是副本：拥有它的每个进程共用这同一个信号量",
        .evLockUnpickledUnmade: "在这里反序列化得到 {object}：它打开的是发送它的进程所用的同一个命名信号量（{name}）；不是副本：拥有它的每个进程共用这同一个信号量",
        .evExecutorShutdownCancelled: "{object}.shutdown(wait={wait}, cancel_futures=True) 返回{waited}；它取消了 {n} 个还没分派出去的工作项（见它们的取消行）",
        .evExecutorShutdownCancelledNone: "{object}.shutdown(wait={wait}, cancel_futures=True) 返回{waited}；它什么也没取消：记录里没有被它取消的工作项（cancel_futures 只取消还没分派出去的工作项）",
        .noteTrackerLeakItem: "{object}（由 {process} 在 {t} 登记）",
        .noteTrackerLeakCount: "警告里数的是 {n} 个；记录只看到其中 {shown} 个的调用（其余的调用发生在追踪器看不到的地方）。",
    ]
}
