extension Phrase {
    /// The Chinese texts of gaps 26B (see `englishGaps26B`).
    static let chineseGaps26B: [Phrase: String] = [
        .noteRecvCopyInFlight: "这次 recv() 等了 {waited}，等的是一个还在启动的子进程：{holders} 启动时带着一份 {object} {other}的副本（start() 为子进程用 pickle 序列化了它；子进程的记录显示，它直到这次 recv() 开始之后才把这份副本重建出来）。只要这份副本还在传给启动中的子进程的途中，或已在那个子进程里打开，{end}就不会显示为已结束，无论 {who} 怎样处理自己手里那份 {other}：在此期间 recv() 只能等消息，不可能抛出 EOFError。",
        .evPollTrueOtherRecvInFlight: "True，但之后在这一端调用 recv() 的是 {who}（{at}），不是这次 poll() 的调用者，而在这次 poll() 之前发到这里的数据都已被读走：这不是文件结束，当时也不可能出现文件结束（{holders} 启动时带着一份 {object} {other}的副本，直到这次 poll() 之后才把它重建出来，所以当时这份副本要么还在传给启动中的子进程的途中，要么已在那个子进程里打开）",
    ]
}
