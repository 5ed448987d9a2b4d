extension Phrase {
    /// The Chinese texts added by gaps 7 (issue 11, what the review rounds left).
    static let chineseGaps7: [Phrase: String] = [
        .evFutureCallbackRun: "开始运行工作项 {work} 的完成回调 {func}",
        .evFutureCallbackEnd: "工作项 {work} 的完成回调 {func} 运行了 {duration} 后返回",
        .evProcessError: "{name} 的 {op}() 失败：{error}",
        .evProcessErrorUnnamed: "一个 {name} 对象的 {op}() 失败：{error}（该对象没有名字：Process.__init__ 没有在它上面运行）",
        .noteBrokenPlainOne: "{object} 把自己标记为已损坏：它挂起的 1 个 Future 以 BrokenProcessPool 失败。",
        .evPipeSendError: "{object} {end} 上的 {call} 抛出 {error}：什么也没有发送",
        .evPipeBytesSent: "（{size}；这次调用用了 {duration}）",
        .evPipeBytesReceived: "（{size}）",
        .evQueueCloseSimple: "{object}.close()：本进程持有的它那条管道的两端都已关闭：此后在这里 put() 或 get() 会抛出 OSError（其他进程的两端仍然打开）",
        .evByteCount: "{n} 字节",
        .evMapTimeoutLeft: "（map() 的超时 {duration}：还剩 {left}）",
        .evTimeoutRanOut: "：它的超时 {duration} 已到",
        .evManagerAsked: "（此刻发给管理器；服务器在随后 {duration} 的往返中执行了它）",
        .evExitLastThread: "已退出，退出码 0：它的最后一个线程结束了（它是在主线程以外的线程里 fork 出来的，那个线程就是它的主代码；之后没有解释器退出流程，atexit 处理函数不会运行）",
        .noteProxyLostFigures: "这些值证明了完整的数字：对 {place} 的 {writes} 次写入（{writers}）每次都存入写入者刚读到的值 {step}。如果每次更新都生效，{place} 会从 {initial} 变成 {full}；{reader} 在每次写入的应答都已返回之后发出的调用里读到 {final}：{writes} 次更新中 {landed} 次生效，{lost} 次丢失。",
        .evShmBufNotTraced: "（通过它的 .buf 进行的读写不被跟踪：这条时间线无法显示它们）",
        .hangManagerServerSilent: "{who} 从 {t} 起{what}，而那个服务器进程 {server}（pid {pid}）仍在运行：它既没有发回地址，也没有结束。管理器的服务器只有在准备好之后、也就是传给 start() 的 initializer 返回之后，才会发回地址，所以 {server} 里有东西一直没有完成（一个阻塞或无限循环的 initializer 就会让 start() 这样挂住）；start() 没有超时。",
    ]
}
