extension Phrase {
    /// The Chinese texts of the atexit handlers a child started by fork or forkserver never runs.
    static let chineseAtexitHandlers: [Phrase: String] = [
        .evAtexitSkipped: "以 os._exit() 退出（fork 或 forkserver 启动的子进程在 run() 之后都这样退出）：程序在这里或 fork 之前在父进程中注册的 atexit 处理函数（{count} 个：{handlers}）不会在这个进程中运行（spawn 子进程以 sys.exit() 退出，会运行它自己的）",
        .evAtexitSkippedLibrary: "；库注册的处理函数也被跳过（{handlers}）",
        .evAtexitSkippedLibraryOnly: "以 os._exit() 退出（fork 或 forkserver 启动的子进程在 run() 之后都这样退出）：库在这里或 fork 之前在父进程中注册的 atexit 处理函数（{handlers}）不会在这个进程中运行（multiprocessing 自己的退出函数不在其中：run() 之后的清理会调用它）",
        .evAtexitSkippedOsExit: "os._exit() 跳过 atexit 处理函数：程序在这里或 fork 之前在父进程中注册的（{count} 个：{handlers}）不会在这个进程中运行",
        .evAtexitSkippedOsExitLibraryOnly: "os._exit() 跳过 atexit 处理函数：库在这里或 fork 之前在父进程中注册的（{handlers}）不会在这个进程中运行",
    ]
}
