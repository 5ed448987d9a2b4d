extension Phrase {
    /// 第五轮真实性审查（A 部分）加入的文字：用户自己写的 concurrent.futures、Pool 和 Manager 程序。
    static let chineseRound5A: [Phrase: String] = [
        .hangWorkCancelled: "{object} 的 shutdown(cancel_futures=True) 在任何工作进程开始执行工作项 {works} 之前就取消了它；在这个 Python 版本上，对以这种方式取消的 Future 调用 wait() 或 as_completed() 永远不会返回（shutdown 把它标为已取消，却没有通知等待它的人）",
        .hangWorkCancelledMany: "{object} 的 shutdown(cancel_futures=True) 在任何工作进程开始执行工作项 {works} 之前就取消了它们；在这个 Python 版本上，对以这种方式取消的 Future 调用 wait() 或 as_completed() 永远不会返回（shutdown 把它们标为已取消，却没有通知等待它们的人）",
        .noteExitRaised: "：run() 抛出了 {error}，没有被捕获（它的回溯写到了 stderr）",
        .noteExitMessage: "：调用了带消息的 sys.exit()，消息写到了 stderr：“{message}”",
        .noteExitSysExit: "：run() 以 sys.exit()（SystemExit）结束",
        .noteExitForkUncaught: "：这个手动 fork 出的子进程里有一个异常没有被捕获",
        .evFutureUnsent: "{mark} 工作项 {work} 已经返回，但它的结果没能发回去：{result}",
        .evManagerNoAnswer: "（没有得到回答：与 Manager 的连接已经断了）",
        .evManagerStartWaited: "{object} 已启动：服务进程 pid {pid}（start() 等了 {duration}，直到服务进程就绪）",
        .evExitedEscaped: "已退出，退出码 {code}：run() 之后 multiprocessing 的清理中抛出了 {error}",
        .noteExitEscaped: "：run() 已经返回，之后 multiprocessing 自己的清理中抛出了 {error}（在 fork 下没有任何输出提示它）",
        .evFutureNeverSent: "工作项 {work} 从未到达任何工作进程：发送它时失败了（{error}：它的函数或参数无法被 pickle），所以它的 Future 保存的就是这个异常",
        .summaryExecutorNeverSent: "，{n} 个从未到达工作进程（无法发送）",
        .invManagerBeforeServer: "记录说 {object} 已启动（seq {seq}），而它的服务进程（pid {pid}）那时还什么都没记录",
        .invResultBeforeStart: "工作项 {work} 的结果在任何工作进程开始执行它之前就送回来了（seq {seq}）",
        .evFutureCallbackRaised: "工作项 {work} 的完成回调 {func} 抛出了 {error}：concurrent.futures 只把它记入日志，然后照常继续",
        .summaryExecutorChunkItems: "（map() 的分块，共含 {n} 个元素）",
        .evManagerShutdown: "{object}.shutdown()：请它的服务进程停止",
        .evManagerShutdownWith: "离开 with 块时关闭 {object}：请它的服务进程停止",
        .evManagerShutdownAtExit: "程序退出时，multiprocessing 关闭了 {object}（程序自己没有关闭）：请它的服务进程停止",
    ]
}
