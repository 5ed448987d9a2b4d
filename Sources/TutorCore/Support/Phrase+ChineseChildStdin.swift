extension Phrase {
    /// The Chinese texts of `englishChildStdin`.
    static let chineseChildStdin: [Phrase: String] = [
        .noteChildStdinDevnull: "{name} 中的 input() 抛出 EOFError，因为 multiprocessing 让它启动的每个子进程都以 os.devnull 作为标准输入（process.py 的 _bootstrap 在 run() 之前关闭 sys.stdin 并打开 os.devnull）：input() 立刻读到文件末尾。子进程读不到终端；应在父进程中读取输入，再传给子进程（作为参数，或通过 Queue、Pipe）。",
    ]
}
