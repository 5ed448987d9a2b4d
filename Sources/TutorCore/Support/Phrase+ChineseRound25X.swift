extension Phrase {
    /// 第 25X 轮（issue 11）的中文文本：会失败、崩溃、卡住的程序。Queue 的 get() 从管道读出了一个条目，却无法反序列化它。
    static let chineseRound25X: [Phrase: String] = [
        .evGetUnpickleFailed: "从 {object} 取走了一个数据项（{item}）{waited}，但反序列化它时抛出 {error}：get() 抛出了这个异常，而这个数据项已经从队列里取走了",
        .evResultUnpicklableRaised: "{task} 的结果到达：是 MaybeEncodingError，而不是任务抛出的异常（工作进程无法用 pickle 序列化那个异常，于是改为发回这个错误）",
    ]
}
