extension Phrase {
    /// The Chinese texts of round 28 (see `englishRound28`).
    static let chineseRound28: [Phrase: String] = [
        .noteJoinableJoinBeforePuts: "{object}.join() 立刻就返回了：这时还没有任何进程对 {object} 调用过 put()，它的未完成任务计数是 0。join() 只在这个计数大于 0 时等待（每次 put() 加一，每次 task_done() 减一），不会等待还没放进来的数据。之后才放进去的 {n} 项（第一项由 {who} 在 {t} 放入）不在 join() 等待之列。",
        .panelJoinableUnfinished: "未完成任务：{n} 个（join() 要等到 0 才返回）",
    ]
}
