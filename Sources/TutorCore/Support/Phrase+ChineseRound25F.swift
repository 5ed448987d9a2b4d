extension Phrase {
    /// The Chinese texts of `englishRound25F`.
    static let chineseRound25F: [Phrase: String] = [
        .evLoopSelectWaitVia: "事件循环里没有就绪的回调可以运行：它的线程在 select() 中等待；尚未完成：{what}（{how}）。这是整个事件循环在等待，而不是某一个协程在等待：select() 返回之前，这个循环的所有协程都处于挂起状态；等待某个工作项的协程要等该工作项完成后才会继续，如果这个等待先被取消（wait_for() 超时，或对 Task 调用了 cancel()），协程会提前继续，但工作项本身仍会照常运行",
        .waitLoopSelectVia: "事件循环的下一个就绪回调，眼下一个也没有（这个循环的所有协程都处于挂起状态；尚未完成：{what}，{how}）",
        .loopViaWrapped: "由程序用 asyncio.wrap_future() 包装",
        .loopViaBoth: "由 run_in_executor() 提交，或由程序用 asyncio.wrap_future() 包装",
        .evMapIteratorWait: "在 map() 结果迭代器的 next() 中等待工作项 {work}",
        .evMapIteratorWaited: "map() 结果迭代器的 next() 返回了工作项 {work} 的结果{waited}",
        .evMapIteratorWaitedRaised: "map() 结果迭代器的 next() 为工作项 {work} 抛出 {error}{waited}",
        .evFutureReadByAsyncio: "工作项 {work} 的异常是 asyncio 读取的，不是程序：run_in_executor() 或 wrap_future() 注册的完成回调把 asyncio 的 _copy_future_state() 排进事件循环；_copy_future_state() 调用 exception()，把这个异常设置到程序所等待的 asyncio future 上，所以程序的 await 抛出了这个异常",
        .evAsyncioShutdownThread: "（asyncio 自己的线程：asyncio.run() 结束时调用的 loop.shutdown_default_executor() 在这个线程里执行事件循环默认的 ThreadPoolExecutor 的 shutdown(wait=True)，这样等待期间事件循环不会被阻塞）",
    ]
}
