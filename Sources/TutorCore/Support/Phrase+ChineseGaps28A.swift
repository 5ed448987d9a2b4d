extension Phrase {
    /// Chinese texts of gaps 28A (see `englishGaps28A`).
    static let chineseGaps28A: [Phrase: String] = [
        .summaryExecutorNotBack: "，{n} 个在工作进程里结束了，结局却始终没有传回父进程（{list}）",
        .summaryExecutorNotBackRaised: "工作项 {n} 在那里抛出了 {error}",
        .summaryExecutorNotBackReturned: "工作项 {n} 在那里已返回",
        .evResultPolledOnce: "在 {at} 用 {call} 查看过一次 {task} 的结果：是 {result}；这一次返回 {then}",
        .evResultPolledOnceToEnd: "在 {at} 用 {call} 查看过一次 {task} 的结果：是 {result}，此后直到这个线程结束都没有再查看",
        .evResultPolledRaisedOnce: "在 {at} 对 {task} 的结果调用过一次 {call}：它抛出了 {error}{why}；这一次返回 {then}",
        .evResultPolledRaisedOnceToEnd: "在 {at} 对 {task} 的结果调用过一次 {call}：它抛出了 {error}{why}，此后直到这个线程结束都没有再调用",
    ]
}
