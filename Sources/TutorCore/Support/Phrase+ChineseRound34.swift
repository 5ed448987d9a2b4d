extension Phrase {
    /// The Chinese texts of round 34 (see Phrase+EnglishRound34.swift).
    static let chineseRound34: [Phrase: String] = [
        .noteMapListedGenerator: "{call} 收到的是一个生成器：在发出任何任务之前，它先把整个生成器变成一个列表，生成器自己的代码就在调用它的线程（{who}）里运行。这用了 {took}：从 {start}（调用 {call} 的时刻）到 {listed}（生成器耗尽、task {job} 才被创建）。这段时间里这个线程的 {n} 行都发生在 {call} 内部，而它的任务一个都还没有发出。",
        .noteMapListedGeneratorReturned: "{call} 在 {end} 返回，距调用共 {total}：先用 {took} 生成列表，再用 {waited} 等到结果全部到齐。",
        .noteJoinGaveUpChildStarting: "它还没有进入 run()：那最后一个事件就是它的启动阶段（{t} 启动，正在把 {main} 作为 __mp_main__ 导入，spawn 或 forkserver 启动的子进程在 run() 之前都要这样做），所以 join 放弃等待时，这个子进程还在启动中。",
        .noteMapListedGeneratorImap: "imap() 和 imap_unordered() 则是一边发送一边逐个取出元素，所以生成器还在被读取时，前面的任务就可以开始运行。",
    ]
}
