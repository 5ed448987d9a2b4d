extension Phrase {
    /// The Chinese texts of `englishRound14F`.
    static let chineseRound14F: [Phrase: String] = [
        .noteSigintAtExit: "（这是 Python 在退出时发给自己的：主代码因未捕获的 KeyboardInterrupt 结束时，它都会这样做）",
        .noteSigintAtExitFrom: "（这是 Python 在退出时发给自己的：主代码因未捕获的 KeyboardInterrupt 结束时，它都会这样做；那个 KeyboardInterrupt 是 {by} 在 {at} 用 {call} 发出的 SIGINT 引发的，这个信号被 Python 的处理函数接住，本身没有结束任何进程）",
        .evWaitFirstException: "（return_when=FIRST_EXCEPTION：其中有一个抛出异常就立即返回，没有的话就等全部完成）",
        .evWaitFirstCompleted: "（return_when=FIRST_COMPLETED：其中任何一个完成就立即返回）",
    ]
}
