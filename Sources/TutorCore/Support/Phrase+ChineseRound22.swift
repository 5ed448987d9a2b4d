extension Phrase {
    /// The Chinese texts of round 22 (multiprocessing beside its stdlib neighbours).
    static let chineseRound22: [Phrase: String] = [
        .noteExitOneBelowPython: "：它的 run() 不是被异常或 sys.exit() 结束的（它的记录完整，却没有 run() 的结束，也没有回溯信息），所以是 Python 之下的某个东西立即结束了它，就像 faulthandler.dump_traceback_later(..., exit=True) 或 C 库的 exit(1) 那样（不做 Python 的清理：atexit 处理函数不运行，Python 的缓冲区也不刷新）",
        .evSignalSentStarter: " → {name}，启动它的进程（它由 fork server 进程 fork 出来，所以它在这里调用 os.getppid() 得到的是 fork server，而不是 {name}）",
    ]
}
