extension Phrase {
    /// The Chinese texts of gaps 18B (see the English table).
    static let chineseGaps18B: [Phrase: String] = [
        .evTaskNotEntered: "（这个异常是调用本身在 {func} 的第一行运行之前抛出的：{func} 根本没有开始执行）",
        .summaryPoolNotEntered: "（其中 {n} 个是调用本身就抛出了异常：它们的函数根本没有开始执行）",
        .summaryPoolCallsRaised: "{n} 次 {method}() 调用在发起调用的进程里就抛出了异常，没有发出任务",
        .evSignalIgnored: "（{name} 忽略了 {signal}：信号发出时它的处理方式是 SIG_IGN，所以这个信号对它毫无作用）",
        .noteEOFHiddenUnpickled: "{holders} 拿到了用 pickle 序列化的 {other}（或是在 spawn 或 forkserver 下作为参数或 Process 子类的属性随 Process 对象一起传来，或是在消息里传来），各自反序列化出了自己的副本；它们当时都已结束，而且都没有在这一端发送过：不可能再有数据来了。",
        .evPipeUnpickled: "在这里反序列化出自己的一份 {object} {end}副本（或是在 spawn 或 forkserver 下作为参数或 Process 子类的属性随 Process 对象一起传来，或是在消息里传来）：它在这个进程里一直开着，直到在这里被关闭或进程结束",
        .evSpawnTargetObject: " · target 为一个 {target} 对象（run() 会调用它：运行的是它所属类的 __call__）",
    ]
}
