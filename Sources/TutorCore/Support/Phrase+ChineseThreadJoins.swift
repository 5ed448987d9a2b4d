extension Phrase {
    /// The Chinese texts of `englishThreadJoins`.
    static let chineseThreadJoins: [Phrase: String] = [
        .evThreadJoinWait: "在线程 {name} 的 join() 中等待{timeout}",
        .evThreadJoined: "线程 {name} 的 join() 返回{waited}：该线程已结束",
        .evThreadJoinGaveUp: "线程 {name} 的 join(timeout={timeout}) 超时放弃{waited}：该线程仍在运行（join() 无论如何都返回 None，只有 is_alive() 能说明）",
        .waitThreadJoin: "线程 {name} 结束",
    ]
}
