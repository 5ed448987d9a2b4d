extension Phrase {
    /// The Chinese texts of gaps 20A (see Phrase+EnglishGaps20A.swift).
    static let chineseGaps20A: [Phrase: String] = [
        .evTrackerLaunched: "{call} 启动了资源追踪器（pid {pid}）：它是 multiprocessing 的辅助进程，程序的各个进程每创建一个共享内存段或具名信号量都会告诉它；等这些进程全部结束后，它会删除其中从未 unlink 的那些（并发出警告）。它自己那行“开始运行”要等它的解释器跑起来才出现，可能晚得多",
        .evTrackerLaunchedNoCall: "启动了资源追踪器（pid {pid}）：它是 multiprocessing 的辅助进程，程序的各个进程每创建一个共享内存段或具名信号量都会告诉它；等这些进程全部结束后，它会删除其中从未 unlink 的那些（并发出警告）。它自己那行“开始运行”要等它的解释器跑起来才出现，可能晚得多",
        .evForkserverLaunched: "{call} 启动了 forkserver 进程（pid {pid}）：在 forkserver 启动方式下，每个新的子进程都由这个辅助进程 fork 出来。它自己那行“开始运行”要等它的解释器跑起来才出现，可能晚得多",
        .evForkserverLaunchedNoCall: "启动了 forkserver 进程（pid {pid}）：在 forkserver 启动方式下，每个新的子进程都由这个辅助进程 fork 出来。它自己那行“开始运行”要等它的解释器跑起来才出现，可能晚得多",
        .evSharedWriteWrappedSigned: "把 {given} 写入 {object}：它存放的是 {bits} 位有符号 C 整数（{min} 到 {max}），所以实际存入的是 {value}，即 {given} 的低 {bits} 位（数值回绕了，而且没有抛出任何异常）",
        .evSharedWriteWrappedUnsigned: "把 {given} 写入 {object}：它存放的是 {bits} 位无符号 C 整数（0 到 {max}），所以实际存入的是 {value}，即 {given} 的低 {bits} 位（数值回绕了，而且没有抛出任何异常）",
        .evExecutorCreateRefused: "{type}() 抛出 {error}：构造函数拒绝了传给它的参数，所以没有创建执行器，也没有启动任何工作进程",
        .evManagerMade: "创建了管理器对象 {object}（位于管理器的服务进程中，pid {pid}）：本进程拿到的只是一个代理；对它的每次调用都是发给那个进程的消息，由它在那里的对象上执行",
        .evManagerMadeNoPid: "创建了管理器对象 {object}（位于本进程所连接的管理器的服务进程中）：本进程拿到的只是一个代理；对它的每次调用都是发给那个进程的消息，由它在那里的对象上执行",
        .evConnectionReadyAtOnce: "connection.wait() 立即返回：已就绪的是 {what}（调用时就已就绪，没有等待）",
    ]
}
