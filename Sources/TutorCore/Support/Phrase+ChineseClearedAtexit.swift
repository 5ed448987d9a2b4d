extension Phrase {
    /// The Chinese texts of the atexit handlers a fork/forkserver child inherits and its multiprocessing clears
    /// right after the fork (Python 3.13: `atexit._clear()` in popen_fork and the forkserver).
    static let chineseClearedAtexit: [Phrase: String] = [
        .evAtexitCleared: "程序在 fork 之前注册的 atexit 处理函数（{count} 个：{handlers}）在 fork 之后立即在这个子进程中被清除：在这个 Python 版本中，multiprocessing 会在那里调用 atexit._clear()，所以这个进程结束时只运行它自己注册的处理函数",
        .evAtexitClearedLibrary: "；库注册的处理函数也被清除了（{handlers}）",
        .evAtexitClearedLibraryOnly: "库在 fork 之前注册的 atexit 处理函数（{handlers}）在 fork 之后立即在这个子进程中被清除：在这个 Python 版本中，multiprocessing 会在那里调用 atexit._clear()，所以这个进程结束时只运行它自己注册的处理函数",
    ]
}
