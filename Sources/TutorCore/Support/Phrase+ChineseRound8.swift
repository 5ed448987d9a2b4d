extension Phrase {
    /// 第八轮真实性审查新增的中文文本：书籍、课程和实用脚本写法的程序。
    static let chineseRound8: [Phrase: String] = [
        .evManagerServe: "serve_forever()：本进程此后成为位于 {address} 的管理器服务端；它一直应答客户端直到进程结束，每个客户端的连接由一个以该客户端命名的服务线程处理",
        .factStartMethodChildren: "默认启动方式 {method}；其进程实际以 {methods} 启动",
        .summaryExecutorBackUnsent: "（其中 {n} 个不是返回值，而是一个异常：该工作项返回的东西 worker 无法 pickle）",
        .noteTaskStartupWhyForkserver: "（forkserver 方式的工作进程由 fork 服务器进程复制而来；该服务器在首次需要时作为新的解释器启动，工作进程在运行任务前还会重新导入主模块）",
    ]
}
