extension Phrase {
    /// 中文（gaps 32B）：atexit 处理函数按 Python 实际运行的顺序逐个记录。
    static let chineseGaps32B: [Phrase: String] = [
        .evAtexitRunProgram: "退出时，Python 调用程序注册的 atexit 处理函数 {function}()",
        .evAtexitRunLibrary: "退出时，Python 调用库代码注册的 atexit 处理函数 {function}()",
        .evAtexitRunMultiprocessing: "退出时，Python 调用 multiprocessing 自己的 atexit 处理函数 _exit_function()（它会终止仍在运行的守护子进程，再等待其余子进程结束）",
        .evAtexitRunAfterExitFunction: "——排在 multiprocessing 的 _exit_function() 之后{terminated}，因为 atexit 先运行最后注册的处理函数：multiprocessing.util 在被导入时注册了它，晚于 {function}()",
        .evAtexitRunTerminated: "（它已终止 {names}）",
    ]
}
