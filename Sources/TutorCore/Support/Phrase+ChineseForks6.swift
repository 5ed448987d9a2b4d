extension Phrase {
    /// The Chinese texts of round 6's fork and signal gaps (see englishForks6).
    static let chineseForks6: [Phrase: String] = [
        .evExitKeyboardInterrupt: "退出：有一个 KeyboardInterrupt 没有被捕获（清理之后 Python 用 SIGINT 结束自己）",
        .evExitEndOfScript: "执行到脚本末尾：退出，退出码 0",
        .evExitSysExitArg: "sys.exit({arg})：退出，退出码 {code}",
        .evExitSystemExitUnknown: "退出：结束脚本的 SystemExit 不是由 sys.exit() 抛出的（raise SystemExit(…)）；子进程自己不知道它的退出码（父进程的等待能看到）",
        .evOsKillpg: "os.killpg(…, {signal}) → 发给 {name}（pid {pid}，在该进程组中）",
        .evSignalProbe: "：不发送任何信号，只检查该进程是否存在",
        .evSignalStop: "（SIGSTOP 让它暂停，直到收到 SIGCONT；它无法被捕获或忽略）",
        .evSignalCont: "（SIGCONT 让暂停的进程继续运行）",
        .noteCalledOsCall: "（{by} 用 {call} 向它发送了 {signal}）",
        .noteExitForkSysExit: "：子进程调用了 sys.exit({arg})",
        .noteExitRunSystemExit: "：run() 抛出了 SystemExit({arg})，和 sys.exit({arg}) 一样",
        .noteExitSystemExitUnknown: "：结束它的 SystemExit 不是由 sys.exit() 抛出的（raise SystemExit(…)）；子进程自己看不到退出码，父进程的等待看到了",
        .evFoundAfterEnd: "（在这里写出，没有换行；换行到来之前进程就被结束了，追踪器在运行结束后才找到这段文字）",
        .noteLockHeldAtFork: "{lock} 是一个 threading 锁，{child} 被 fork 出来时，它正被 {holder}（{parent} 的另一个线程）持有：子进程里这把锁的副本一直处于锁定状态，因为本该释放它的那个线程没有被复制到子进程中：除非 {child} 里的代码自己释放这个副本，否则在那里获取它永远不会成功（阻塞的 acquire() 会死锁，带超时的会放弃）。请在启动线程之前 fork，或者使用 spawn 或 forkserver 启动方式。",
    ]
}
