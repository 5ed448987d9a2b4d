extension Phrase {
    /// The Chinese texts of gaps 21B (issue 11): a spawn or forkserver child's import of the main module, a target that
    /// is a generator function, a daemon's refused child.
    static let chineseGaps21B: [Phrase: String] = [
        .evChildBootSpawn: "{process}（pid {pid}）已经起来了：这是 spawn 启动的一个新 Python 解释器。在 run() 之前，它先把程序文件 {main} 作为 __mp_main__ 导入，所以这个文件的顶层代码会在这里再运行一遍（if __name__ == \"__main__\": 下面的不会）；它在“开始执行 run()”之前的各行都来自这次导入",
        .evChildBootForkserver: "{process}（pid {pid}）已经起来了：它由 forkserver fork 出来。在 run() 之前，它先把程序文件 {main} 作为 __mp_main__ 导入，所以这个文件的顶层代码会在这里再运行一遍（if __name__ == \"__main__\": 下面的不会）；它在“开始执行 run()”之前的各行都来自这次导入",
        .evChildBootOther: "{process}（pid {pid}）已经起来了。在 run() 之前，它先把程序文件 {main} 作为 __mp_main__ 导入，所以这个文件的顶层代码会在这里再运行一遍（if __name__ == \"__main__\": 下面的不会）；它在“开始执行 run()”之前的各行都来自这次导入",
        .evStartedAfterBoot: "{process} 开始执行 run()（pid {pid}，父进程 {ppid}）：{main} 已导入完毕",
        .evRunTargetMadeGenerator: "：它的目标 {target} 是生成器函数（里面有 yield），调用它只会得到一个生成器对象，run() 没有迭代就把它丢掉了：{target} 的函数体一行也没有运行",
        .evRunTargetMadeCoroutine: "：它的目标 {target} 是 async def 函数，调用它只会得到一个协程对象，没有任何代码 await 它：{target} 的函数体一行也没有运行",
        .evRunTargetMadeAsyncGenerator: "：它的目标 {target} 是异步生成器函数，调用它只会得到一个异步生成器对象，没有任何代码迭代它：{target} 的函数体一行也没有运行",
        .evDaemonNoChildrenWhy: "（守护进程会在父进程退出时被终止，它启动的进程到那时就成了孤儿：仍在运行，却没有父进程来 join 它们；所以 multiprocessing 不允许守护进程启动任何进程，Pool 和 ProcessPoolExecutor 的工作进程也不例外）",
    ]
}
