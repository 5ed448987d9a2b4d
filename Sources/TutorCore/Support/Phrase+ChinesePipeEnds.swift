extension Phrase {
    /// The Chinese texts of a Pipe end's close, and of a recv() whose EOFError its own process keeps away.
    static let chinesePipeEnds: [Phrase: String] = [
        .evPipeClose: "close() 关闭 {object} {end}",
        .evPipeDropped: "{object} {end} 未经 close() 就被垃圾回收，这也会关闭它",
        .hangPipeEndHeld: "{who} 在 {object} {end} 上的 {call} 中等待，而且不会再有数据到来：唯一在 {other} 上发送过的进程 {senders} 已经结束。只有当 {other} 在所有进程中的每一份副本都关闭后，recv() 才会抛出 EOFError，而 {who} 自己还持有一份：管道是它创建的，记录中没有它对 {other} 调用 close()。应在父进程中 start() 之后立即关闭交给子进程的那一端（w.close()），让子进程的关闭或结束成为最后一次关闭。",
    ]
}
