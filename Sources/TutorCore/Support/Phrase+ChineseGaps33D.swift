extension Phrase {
    /// gaps 33D 的中文文本：join 卡住时仍留在 feeder 里的那一项、Barrier 缺少的参与方和在已破坏的 Barrier 上的等待、
    /// 超出注释名额的信号结束合为一条注释、单步视图里的一串 result() 轮询。
    static let chineseGaps33D: [Phrase: String] = [
        .hangFeederJoinHeldOne: "{who} 在 join({name}) 中等待，但 {name} 退不出去：它最后放入的 {item}（{t} 放进 {queue}）在 {name} 于 {exit} 开始退出时还在它的 feeder 线程缓冲区里，没有写进管道（还剩 1 项要写），而往 Queue 放过数据的进程在退出时，要等它的 feeder 线程把数据全部写进管道。join() 返回之前没有谁读 {queue}，于是双方互相等待。请在 join 之前先把数据取走（官方文档里的陷阱“join 使用队列的进程”）。",
        .hangFeederJoinHeldMany: "{who} 在 join({name}) 中等待，但 {name} 退不出去：它最后放进 {queue} 的 {n} 项（其中第一项是 {t} 放入的 {item}）在 {name} 于 {exit} 开始退出时还在它的 feeder 线程缓冲区里，没有写进管道（feeder 按放入的顺序写），而往 Queue 放过数据的进程在退出时，要等它的 feeder 线程把数据全部写进管道。join() 返回之前没有谁读 {queue}，于是双方互相等待。请在 join 之前先把数据取走（官方文档里的陷阱“join 使用队列的进程”）。",
        .evBarrierTimedOutFew: "（{object} 需要 {parties} 方；这一轮只有 {m} 方调用了 wait()：{names}）",
        .evBarrierAlreadyBroken: "在 {object} 处的 wait() 立刻抛出了 BrokenBarrierError，根本没有等待：{object} 早已被破坏（从 {at} 起），处于破坏状态时 Barrier._enter 在任何等待之前就会抛出；只有 reset() 能让它恢复",
        .noteSignalEndSeveral: "{names} 都被 {signal} 结束{why}：退出码 {code}。",
        .noteEndedBeforeRunSeveral: "{names} 都还没有进入 run()：它们各自的记录都停在启动阶段（正在把 {main} 作为 __mp_main__ 导入），所以一个任务也没有领到。",
        .noteSignalEndNamesMore: "，另外还有 {n} 个",
        .evResultPollOfRun: "（这是本线程接连超时抛出 TimeoutError 的 {n} 次 result(timeout={timeout}) 调用中的第 {k} 次，从 {from} 到 {to}）",
    ]
}
