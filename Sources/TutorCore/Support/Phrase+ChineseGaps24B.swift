extension Phrase {
    /// The Chinese texts of gaps 24B (issue 11). A blocked loop over an imap result is said as the loop itself
    /// (遍历 … 的结果，等待 …), not as a noun phrase put into "在 {call} 中等待" (zh23's Left).
    static let chineseGaps24B: [Phrase: String] = [
        .evPollTrueOtherRecv: "True，但之后在这一端调用 recv() 的是 {who}（{at}），不是这次 poll() 的调用者，而在这次 poll() 之前发到这里的数据都已被读走：记录里分不出当时是有数据可读，还是 {object} {other}的每一份副本都已关闭（这同样会让 poll() 返回 True）",
        .waitIterating: "遍历 {method}() 的结果，等待 {what}",
        .hangLostResultIterated: "{who} 遍历 {method}() 的结果，等待 {what}，但是 {parts}：这个结果永远不会来了。Pool 会补上死掉的工作进程，却不会察觉丢失的任务，所以这次遍历会一直等下去；concurrent.futures.ProcessPoolExecutor 则会让这样的调用以 BrokenProcessPool 失败。",
        .hangLostResultTerminatedIterated: "{who} 遍历 {method}() 的结果，等待 {what}，但是 {parts}：这个结果永远不会来了。{by} 在 {at} 调用了 {pool} 的 terminate()：terminate() 结束工作进程，不会再启动新的工作进程，也不会让任何仍在等待的结果完成，所以这次遍历会一直等下去。",
        .evIterationThis: "遍历 {method}() 结果的这个循环",
    ]
}
