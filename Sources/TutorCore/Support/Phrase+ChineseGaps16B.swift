extension Phrase {
    /// The Chinese texts of gaps 16B: what a process the watchdog found free last did (its row's words), a Barrier wait
    /// under the Barrier's own timeout, and a Semaphore's units kept by processes that ended.
    static let chineseGaps16B: [Phrase: String] = [
        .lastFinishedTask: "在 {t} 完成了 {task}，之后什么也没记录（阻塞了或在忙）",
        .lastSeenRow: "最后一次记录是在 {t}：“{row}”，之后什么也没记录（阻塞了或在忙）",
        .lastSeenEvent: "最后一次记录事件是在 {t}，之后什么也没记录（阻塞了或在忙）",
        .evBarrierOwnTimeout: "（Barrier 自身的超时 {duration}）",
        .evBarrierTimedOutOwn: "在 {object} 处的 wait() 超时{waited}：程序调用 wait() 时没有给超时，所以它按 Barrier 自身的超时（{duration}，来自 Barrier(…, timeout=)）等待；超时后它破坏了 {object}，这里和其他各方的等待都会抛出 BrokenBarrierError",
        .hangSemaphoreUnitsKept: "{who} 从 {t} 起{what}，而 {label} 的每个名额都被占用后再也没有归还：{holders}。信号量没有所有者：占用名额的进程结束时，名额不会自动归还，只有 release() 才能归还（请在 finally: 块中调用它，或用 with 语句占用名额）。",
        .hangUnitKeptBy: "{who} 在 {since} 占用了一个名额，随后结束{code}，之后没有任何 release() 归还它",
        .hangStarvedRaised: "记录中从来没有对 {label} 的 put()，而 {children} 在放入任何东西之前就因异常结束了：如果本该由它放入那一项，那一项永远不会来了。可能失败的生产者也应该放入结束信号（写在 finally: 块里），否则 get() 需要一个超时。",
        .hangRaisedChild: "{who}（它的 run() 抛出了 {error}，退出码 1）",
        .noteProxyCutByShutdown: "{proxy}.{method}() 在 {sent} 发给了它的管理器，那时管理器还没有关闭；{manager} 在 {at} 被关闭时，这次调用还在等待回答；它的服务进程 {server}（pid {pid}）在 {end} 结束，正在等待的调用以 {error} 失败。代理自己不保存任何数据，它的调用在服务进程里等待；所以在别的进程还在代理调用中等待时关闭管理器（离开 `with Manager() as m:` 块就会关闭它），就会切断那次调用。应让管理器一直运行，直到所有进程都用完它的代理（在 with 块内 join 它们）。",
    ]
}
