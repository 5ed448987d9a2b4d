extension Phrase {
    /// 第 22M 轮（库参考文档里最少用到的角落）的中文文本。
    static let chineseRound22M: [Phrase: String] = [
        .evPollAtEOF: "到了文件结尾，并没有数据：{object} {other}的每一份副本都已关闭，这同样会让 poll() 返回 True（这里接下来的 recv() 在 {at} 抛出了 EOFError）",
        .evBarrierResetNobody: "对 {object} 调用 reset()：此刻没有任何一方在这里等待，所以没有哪个 wait() 因它抛出 BrokenBarrierError；下一次 wait() 从新的一轮开始",
        .evBarrierResetAfterAbort: "对 {object} 调用 reset()：自 {at} {who} 调用 abort() 起，{object} 一直处于破坏状态；reset() 让它重新可用，此后的 wait() 从新的一轮开始。此刻没有任何一方在这里等待，所以这次 reset() 没有让任何 wait() 抛出 BrokenBarrierError",
        .evSpawnContextMethod: " · 用 {method} 启动：这是它所属上下文的启动方式，而不是默认的 {default}",
    ]
}
