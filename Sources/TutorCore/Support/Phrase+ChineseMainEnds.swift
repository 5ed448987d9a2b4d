extension Phrase {
    /// The Chinese texts of how the main process's own code ended (`process.main.end`).
    static let chineseMainEnds: [Phrase: String] = [
        .evMainEndUncaught: "主代码抛出了 {error}，没有被捕获（回溯写到了 stderr）：运行完 atexit 处理函数后，Python 以退出码 1 退出",
        .evMainEndInterrupt: "主代码被未捕获的 KeyboardInterrupt 打断：运行完 atexit 处理函数后，Python 以 SIGINT 结束自己",
        .evMainEndSysExit: "主代码调用了 sys.exit({arg})：运行完 atexit 处理函数后，Python 以退出码 {code} 退出",
        .noteExitMainUncaught: "：它的主代码抛出了 {error}，没有被捕获（回溯写到了 stderr）",
        .noteExitMainSysExit: "：它的主代码调用了 sys.exit({arg})",
    ]
}
