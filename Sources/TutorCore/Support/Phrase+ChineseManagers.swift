extension Phrase {
    /// The Chinese texts of `englishManagers`.
    static let chineseManagers: [Phrase: String] = [
        .evManagerNoAnswer: "（没有得到回答：与管理器的连接失败了）",
        .evManagerStartWaited: "{object} 已启动：服务进程 pid {pid}（start() 等了 {duration}，直到服务进程就绪）",
        .evManagerShutdown: "{object}.shutdown()：请它的服务进程停止",
        .evManagerShutdownWith: "离开 with 块时关闭 {object}：请它的服务进程停止",
        .evManagerShutdownAtExit: "程序退出时，multiprocessing 关闭了 {object}（程序自己没有关闭）：请它的服务进程停止",
        .noteProxyCopy: "{who} 通过 Manager 代理读取了 {place}，得到的是一个副本（{value}）；它接着对这个副本调用 .{method}()：修改只留在副本里，Manager 中的对象不会改变（应把修改后的值重新赋给 {place}，或在那里存放嵌套代理，例如 manager.list()）。",
        .noteProxyCopyLater: "之后 {who} 读取 {place}，得到：{value}。",
        .evManagerStartWait: "{type}.start() 等待它的服务进程启动并发回地址",
        .evManagerStartFailed: "{type}.start() 抛出了 {error}{waited}：它的服务进程（pid {pid}）始终没有发回地址",
        .evManagerStartFailedNoServer: "{type}.start() 抛出了 {error}{waited}：没有启动任何服务进程",
        .waitManagerServer: "{type} 的服务进程发回地址",
        .evManagerAsked: "（此刻发给管理器；服务进程在随后 {duration} 的往返中执行了它）",
        .noteProxyLostFigures: "这些值足以证明全部数字：对 {place} 的 {writes} 次写入（{writers}）每次都存入写入者刚读到的值 {step}。如果每次更新都生效，{place} 会从 {initial} 变成 {full}；{reader} 在每次写入的应答都已返回之后发出的调用里读到 {final}：{writes} 次更新中 {landed} 次生效，{lost} 次丢失。",
        .hangManagerServerSilent: "{who} 从 {t} 起{what}，而那个服务进程 {server}（pid {pid}）仍在运行：它既没有发回地址，也没有结束。管理器的服务进程只有在准备好之后、也就是传给 start() 的初始化函数返回之后，才会发回地址，所以 {server} 里有东西一直没有完成（一个阻塞或无限循环的初始化函数就会让 start() 这样卡住）；start() 没有超时。",
        .evManagerServe: "serve_forever()：本进程此后成为位于 {address} 的管理器的服务进程；它一直应答客户端直到进程结束，每个客户端的连接由一个以该客户端命名的服务线程处理",
    ]
}
