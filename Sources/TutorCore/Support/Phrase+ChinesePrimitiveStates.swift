extension Phrase {
    /// The Chinese texts for what a synchronisation primitive's state was when a wait on it ended.
    static let chinesePrimitiveStates: [Phrase: String] = [
        .evWhySetThenCleared: "被 set 唤醒，但在它再次读取标志之前 clear() 已经执行：wait() 返回 False，并不是超时",
        .noteSemaphoreUnitsHeldByEnded: "{who} 放弃了等待 {lock}：它的每个名额都被 {holders} 占着，而它们结束时没有调用 release()。占用名额的进程结束时，信号量的名额不会自动归还；只有某个进程调用 release() 才能归还。",
        .hangUnfinishedItems: "{who} 在 {queue}.join() 中等待：只有放入的每个数据项都被 task_done() 标记为完成后它才返回。共放入 {put} 个，标记完成 {done} 个，还有 {left} 个未完成（{takers}）。",
        .hangItemsTaker: "{who} 取出了 {got}，调用了 {done} task_done()",
        .hangItemsTakerEnded: "{who} 取出了 {got}，调用了 {done} task_done()，然后结束了",
        .countItemOne: "1 个数据项",
        .countItems: "{n} 个数据项",
        .countTimesOne: "1 次",
        .countTimes: "{n} 次",
        .summarySemaphoreOverReleased: "，release() 调用 {releases} 次：计数最后为 {end}，高于初始值 {initial}（普通 Semaphore 接受多于 acquire() 的 release() 调用，于是同时进入的可能多于 {initial} 个；BoundedSemaphore 则会抛出 ValueError）",
        .hangCallbackEndedJoin: "{who} 在 {pool}.join() 中等待，它要等进程池的各个线程结束；而 {pool} 的结果处理线程在 {t} 已经结束：{task} 的回调 {func} 抛出了 {error}，那时进程池还没把 {task} 标记为完成。{task} 一直处于未完成状态，只要还有未完成的任务，进程池的工作进程维护线程（_handle_workers）就不会停止，所以 join() 无法返回。请在回调内部捕获异常。",
    ]
}
