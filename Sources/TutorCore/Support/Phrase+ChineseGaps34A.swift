extension Phrase {
    /// 简体中文 texts of gaps 34A (see Phrase+EnglishGaps34A.swift).
    static let chineseGaps34A: [Phrase: String] = [
        .noteChildInterruptUncaught: "因未捕获的 KeyboardInterrupt 而结束",
        .noteChildInterruptHandled: "在处理 KeyboardInterrupt 时抛出了 {error}",
        .noteChildInterruptSent: "{child} 的 run() {end}：那个 KeyboardInterrupt 是 Python 默认的 SIGINT 处理函数在它的主线程里抛出的（主线程当时执行到哪里，就在哪里抛出），起因是 {by} 在 {at} 用 {call} 发给它的 SIGINT 到达了（程序没有改过 {child} 对 SIGINT 的处理方式）。",
        .noteChildInterruptCtrlC: "{child} 的 run() {end}：那个 KeyboardInterrupt 是 Python 默认的 SIGINT 处理函数在它的主线程里抛出的（主线程当时执行到哪里，就在哪里抛出），起因是 Ctrl-C 传到了它。mp-tutor 在 {at} 把 Ctrl-C 作为 SIGINT 转发给了本次运行的每个进程，就像终端把它发给整个前台进程组一样：每个使用 Python 默认处理函数的进程都会各自收到一个 KeyboardInterrupt。",
    ]
}
