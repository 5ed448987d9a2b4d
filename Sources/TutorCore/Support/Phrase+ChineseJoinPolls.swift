extension Phrase {
    /// Chinese texts of a polling loop of timed joins folded into one row (the poll that returned keeps its own rows).
    static let chineseJoinPolls: [Phrase: String] = [
        .evJoinPolls: "{n} 次带超时的 join({name}, timeout={timeout}) 接连超时放弃，历时 {span}：每一次子进程都还没有结束",
        .evThreadJoinPolls: "{n} 次带超时的 join(timeout={timeout})（线程 {name}）接连超时放弃，历时 {span}：每一次该线程都还活着（join() 无论如何都返回 None；只有 is_alive() 能说明）",
    ]
}
