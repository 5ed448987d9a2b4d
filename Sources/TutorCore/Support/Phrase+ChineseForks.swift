extension Phrase {
    /// The Chinese texts of `englishForks`.
    static let chineseForks: [Phrase: String] = [
        .evExec: "{call}：变成另一个程序，pid 不变：{argv}（调用成功的话，它之后的代码都不会运行，包括 multiprocessing 在 run() 之后的清理；尚未刷新的输出会丢失）",
        .evExecFailed: "{call} 抛出 {error}：进程没有被替换，继续运行",
        .evOsFork: "os.fork() → 子进程 {name}",
        .evOsWaitWait: "在 {call} 中等待 {name}",
        .evOsWaitReturned: "{call} 为 {name} 返回{waited}",
        .evOsWaitReaped: "{call} 看到 {name} 结束：退出码 {code}",
        .evOsKill: "os.kill(pid {pid}, {signal}) → 发给 {name}",
        .noteCalledOsKill: "（{by} 用 os.kill() 向它发送了 {signal}）",
        .evOsKillpg: "os.killpg(…, {signal}) → 发给 {name}（pid {pid}，在该进程组中）",
        .evSignalProbe: "：不发送任何信号，只检查该进程是否存在",
        .evSignalStop: "（SIGSTOP 让它暂停，直到收到 SIGCONT；它无法被捕获或忽略）",
        .evSignalCont: "（SIGCONT 让暂停的进程继续运行）",
        .noteCalledOsCall: "（{by} 用 {call} 向它发送了 {signal}）",
        .noteLockHeldAtFork: "{lock} 是一个 threading 锁，{child} 被 fork 出来时，它正被 {holder}（{parent} 的另一个线程）持有：子进程里这把锁的副本一直处于锁定状态，因为本该释放它的那个线程没有被复制到子进程中：除非 {child} 里的代码自己释放这个副本，否则在那里获取它永远不会成功（阻塞的 acquire() 会死锁，带超时的会放弃）。请在启动线程之前 fork，或者使用 spawn 或 forkserver 启动方式。",
        .evExitLastThread: "已退出，退出码 0：它的最后一个线程结束了（它是在主线程以外的线程里 fork 出来的，那个线程就是它的主代码；之后没有解释器退出流程，atexit 处理函数不会运行）",
        .evSignalAfterExit: "：它在 {at} 已经开始退出（退出码 {code}，父进程随后看到的正是这个结束），尚未被回收，所以这个信号什么也没有结束",
        .noteForkedExecutorThread: "它是从 {parent} 的线程 {thread}（一个 ThreadPoolExecutor 工作线程）fork 出来的，在子进程里正在运行的就是这个线程：清理中的 threading._shutdown() 会运行 concurrent.futures 的退出钩子，它会 join 每一个 ThreadPoolExecutor 工作线程，包括 {thread}，而线程不能 join 自己。请在主线程中启动进程，或者使用 spawn 或 forkserver 启动方式。",
    ]
}
