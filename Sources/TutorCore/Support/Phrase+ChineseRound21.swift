extension Phrase {
    /// The Chinese texts of round 21 (the articles' demos, changed as learners change them).
    static let chineseRound21: [Phrase: String] = [
        .noteSerialGets: "{prev} 的 get() 等了 {waited}，等这个任务结束、结果传回之后，{task} 才被提交，所以当时 {pool} 没有别的任务在排队或运行。{pool} 的前 {n} 个任务都是这样提交的：它们一个接一个地运行，尽管 {pool} 有 {workers} 个工作进程。每次 apply_async() 之后紧跟着 get()（循环里写 apply_async(...).get()），就会先等这个任务做完，再提交下一个。要让它们同时运行，先把任务全部提交（把 AsyncResult 存进列表），再逐个调用 get()。",
        .summaryPoolIdleWorkers: "{n} 个工作进程没有运行任何{unit}：{list}",
        .summaryPoolIdleMore: "，另有 {n} 个",
    ]
}
