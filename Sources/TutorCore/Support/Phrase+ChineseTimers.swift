extension Phrase {
    /// The Chinese texts of a threading.Timer: its start, its call, and what a cancel() found.
    static let chineseTimers: [Phrase: String] = [
        .evTimerStart: "{name} 是一个 threading.Timer：{interval} 后调用 {func}，除非先被 cancel()",
        .evTimerFire: "定时器 {name}：{interval} 已到，调用 {func}",
        .evTimerCancelWaiting: "对定时器 {name}（{interval} 后调用 {func}）调用 cancel()：它还在等待，所以 {func} 不会被调用",
        .evTimerCancelDue: "恰在定时器 {name} 的 {interval} 到期时对它调用 cancel()：它已在判断是否调用 {func}（若调用，它的泳道上会有一行）",
        .evTimerCancelFired: "对定时器 {name} 调用 cancel()：太迟了，它已经调用了 {func}；cancel() 什么也不做",
        .evTimerStartOwnRun: "{name} 是一个 threading.Timer，但它的类有自己的 run()，即 {run}：它的线程运行的是这个 run() 而不是 Timer.run，所以是否以及何时调用 {func}（间隔 {interval}）由 {run} 决定；没有哪一行记录这样的调用",
        .evTimerCancelOwnRun: "对定时器 {name} 调用 cancel()：它设置定时器的 finished 事件；这会带来什么变化，由它自己的 run()，即 {run} 决定（Timer.run 的等待会结束且不调用 {func}）",
        .evTimerCancelDone: "对定时器 {name} 调用 cancel()：它已经结束或已被取消；cancel() 什么也不做",
    ]
}
