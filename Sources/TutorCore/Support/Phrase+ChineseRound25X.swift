extension Phrase {
    /// 第 25X 轮（issue 11）的中文文本：会失败、崩溃、卡住的程序。Queue 的 get() 从管道读出了一个数据项，却无法反序列化它；
    /// 进程池任务抛出的异常无法用 pickle 序列化后发回。
    static let chineseRound25X: [Phrase: String] = [
        .evGetUnpickleFailed: "从 {object} 取出了一个数据项（{item}）{waited}，但反序列化它时抛出了 {error}：get() 抛出的就是这个异常，而这个数据项已经不在队列里了",
        .evResultUnpicklableRaised: "{task} 的结果到达：是 MaybeEncodingError，而不是它抛出的异常（工作进程无法用 pickle 序列化那个异常，于是改为发回这个错误）",
    ]
}
