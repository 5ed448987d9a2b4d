extension Phrase {
    /// 进程发给自己的信号（`os.kill(os.getpid(), sig)`）以及程序自己的 Python 信号处理函数运行时的中文文本。
    static let chineseSignals: [Phrase: String] = [
        .evSignalSelf: "os.kill(自己的 pid {pid}, {signal})：向自身发送信号",
        .evSignalSelfKeyboardInterrupt: "；Python 的 SIGINT 处理函数会在主线程中抛出 KeyboardInterrupt，与按下 Ctrl-C 的效果相同",
        .evSignalSelfIgnored: "；该信号被忽略（SIG_IGN）",
        .evSignalSelfDefault: "；没有处理函数：执行该信号的默认动作",
        .evSignalSelfHandler: "；它的处理函数 {function}() 在主线程中运行",
        .evSignalHandlerRuns: "{signal} 到达：它的处理函数 {function}() 在主线程中运行",
        .evSignalHandlerReturned: "处理函数 {function}() 返回",
        .evSignalHandlerRaised: "处理函数 {function}() 抛出 {error}：Python 会在 {signal} 到达时主线程所在之处抛出它",
        .noteSignalledItself: "（它用 os.kill() 向自己发送了 {signal}）",
    ]
}
