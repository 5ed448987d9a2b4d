extension Phrase {
    /// 第 33T 轮的中文：两个线程 join 同一个子进程时，第二次等待在各启动方式下的结果。
    static let chineseRound33T: [Phrase: String] = [
        .noteJoinWithoutExitCode: "join({child}) 返回了，却没有拿到 {child} 的退出码：{thread} 从 {since} 起已经在 join({child}) 里等着，两个线程的 os.waitpid() 等的是同一个 pid。子进程的退出状态只能被一次调用取走：{thread} 的那次取到了（退出码 {code}，在 {t} 存下）；这个线程的那次失败了（ECHILD），而 Popen.poll() 遇到这个错误只返回 None，什么也不存。所以这里的 join() 返回了，在 {thread} 存下退出码之前，{child}.exitcode 读到的都是 None。一个进程只该由一个线程来 join。",
        .noteExitCodeOverwritten: "{child} 并不是以退出码 {code} 结束的：{thread} 已经在 {t} 读到了它的退出状态（退出码 {real}）。forkserver 启动的子进程，退出状态只在它的 sentinel 管道上送来一次；这个线程当时也已经进了 Popen.poll()，发现管道已经读完，而 poll() 读不到状态时就存下 255（CPython 的注释说：也许是 forkserver 自己被杀了），盖掉了已经存下的 {real}。从这里起 {child}.exitcode 读到的都是 {code}。一个进程只该由一个线程来 join。",
    ]
}
