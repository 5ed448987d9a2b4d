extension Phrase {
    /// The Chinese texts for the programming guidelines' pitfalls (see englishPitfalls).
    static let chinesePitfalls: [Phrase: String] = [
        .noteTaskWorkersEnding: "{duration} 里 {pool} 没有空闲的工作进程：没有在运行任务的那些都已离开 run()（返回或抛出异常），正在结束",
        .noteJoinGaveUpChildBlocked: "{name} 仍在运行，因为它从 {t} 起就阻塞着（到这时已 {duration}）：它{what}。",
        .noteJoinGaveUpFullQueue: "对已满队列的 put() 只有在某个 get() 腾出位置后才返回：先取走数据，再 join()（文档编程指南中的“join 使用队列的进程”）。",
        .evQueuePutChanged: "为在 {object} 上发送而序列化 {sent}：put() 看到的是 {item}{ago}；put() 返回后对象被修改了，读取方拿到的是现在序列化的样子",
        .evQueuePutChangedAgo: "（那是 {duration} 前）",
        .evPipeSendTook: "（这次调用在 {duration} 后、{t} 时才返回）",
        .noteJoinGaveUpInSend: "{name} 仍在运行，因为它正在 {object} 的 {end}上执行 send()：从 {t} 开始，直到 {returned} 才返回。send() 要等管道收下整条消息才返回，比管道缓冲区大的消息要等另一端 recv()。先接收，再 join()。",
        .evReapedBy: "{call} 看到 {name} 结束：退出码 {code}",
        .evReapedZombie: "（{name} 自己在 {duration} 前、{t} 时就已退出：结束了的子进程在父进程回收它之前一直是僵尸进程，这次调用回收了它）",
        .evPoolTaskGetError: "从进程池的任务队列取出了下一个任务，却无法反序列化它：{error}。这个任务丢失了（Pool 不会重发任务），这个工作进程也随之退出",
        .summaryPoolUnpicklable: " · {n} 个被无法反序列化它的工作进程取走（丢失；该工作进程已退出）",
        .evConditionError: "对 {object} 的 {op} 抛出 {error}：什么也没做（调用 Condition 的 wait() 和 notify() 时必须持有它的锁）",
    ]
}
