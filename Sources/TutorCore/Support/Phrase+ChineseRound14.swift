extension Phrase {
    /// The Chinese texts of round 14 (see Phrase+EnglishRound14.swift).
    static let chineseRound14: [Phrase: String] = [
        .factStartMethodsChosen: "启动方式依次为 {methods}（程序运行中用 set_start_method() 改过）；其进程实际以 {children} 启动",
        .factStartMethodThen: "、",
        .evErrorCallback: "error_callback {func}（{task} 的异常）",
        .noteErrorCallbackChunks: "：{task} 分成 {n} 块运行，由 {workers} 计算；error_callback 只运行一次，要等每一块都传回之后，而且只拿到一个异常，即最先传回的那个（{first} 的）{others}；没有抛出异常的块，其结果不会交给任何回调，get() 抛出的也是同一个异常",
        .noteErrorCallbackOthers: "；{names} 也抛出了异常，但它既到不了 error_callback，也到不了 get()",
        .noteJoinableJoinEarly: "{object}.join() 返回时，放进去的数据还有 {n} 项没有被取走（{items}）：join() 一直等到每次 put() 都有一次 task_done() 与之对应，但它只数调用次数，不管每次调用完成的是哪一项：到这时共调用了 {taskDones} 次 task_done()，而取走的数据只有 {gets} 项{by}。",
        .noteJoinableJoinEarlyBy: "（{who} 在 {t} 调用的 task_done() 之前，它自己没有 get() 过任何数据）",
        .evConnectionNoAuthkey: " · 没有给 authkey：这一端不做身份验证握手",
        .noteNoTargetRunMisspelt: "{name} 没有 target（target=None），它的类也没有自己的 run()：它定义的是 {method}()，而 Process 从不调用这个名字的方法：start() 运行的是全小写的 run()，而 Process.run() 只调用 target。{name} 启动了，什么工作也没做就结束了。{others}把 {method}() 改名为 run()。",
    ]
}
