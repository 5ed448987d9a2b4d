extension Phrase {
    /// The Chinese texts of `englishRound13`.
    static let chineseRound13: [Phrase: String] = [
        .evSpawnNoTarget: " · 没有 target：它的 run() 什么也不做",
        .noteNoTarget: "{name} 没有拿到 target（target=None），它的类也没有自己的 run()：这时 Process.run() 什么也不调用：{name} 启动后没做任何工作就结束了。{others}常见原因：Process(target=work(n)) 会在创建 Process 的那个进程里当场调用 work(n)，再把它的返回值（这里是 None）当作 target 传进去。应该把函数本身和参数分开传：Process(target=work, args=(n,))。",
        .noteNoTargetOthers: "之后启动的另外 {n} 个（{names}）也是这样。",
        .noteMapItemAsOneArgument: "{method}() 把每个元素作为唯一的参数传给 {func}：这个任务调用的是 {func}({item})，所以第一个之后的参数都缺了。要把每个元组拆开分给各个参数，请用 starmap()（或 starmap_async()），或者 map 一个接收一个元组、自己拆开的函数。",
    ]
}
