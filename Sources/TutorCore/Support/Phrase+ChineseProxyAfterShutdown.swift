extension Phrase {
    /// The Chinese text of a proxy call that failed because its Manager had been shut down.
    static let chineseProxyAfterShutdown: [Phrase: String] = [
        .noteProxyAfterShutdown: "{proxy} 的管理器已经不在了：{manager} 在 {at} 被关闭，它的服务进程 {server}（pid {pid}）在 {end} 结束。代理自己不保存任何数据，它把每次调用都发给那个服务进程；所以管理器一旦关闭（离开 `with Manager() as m:` 块就会关闭它），对它的代理的每次调用都会失败，这里抛出的是 {error}。应在管理器关闭之前把需要的数据复制出来（list(proxy)、dict(proxy)），或者让它一直运行，直到所有进程都用完它的代理。",
    ]
}
