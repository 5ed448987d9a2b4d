extension Phrase {
    /// The Chinese texts of round 38S (see `englishRound38S`).
    static let chineseRound38S: [Phrase: String] = [
        .hangBootDeaths: "{who} 从 {t} 起{what}，但是 {pool} 的任务一个也没有开始过：它有 {failed} 个工作进程在 run() 开始之前就结束了"
            + "（退出码 {codes}），每一个都结束在把 {main} 作为 __mp_main__ 导入的过程中，而这种导入会在工作进程里把该文件的顶层代码再执行一遍"
            + "{start}。进程池为补上结束的工作进程又启动了新的（共 {n} 个）；multiprocessing.Pool 会不停地补充结束的工作进程，"
            + "却从不把它们的错误交给 {call}，所以只要新的工作进程也这样结束，它就会一直等下去。",
        .hangBootDeathsStart: "，在那里 start() 抛出了 RuntimeError：进程在还没导入完自己的主模块时不能启动别的进程"
            + "（请把启动进程的代码放到 `if __name__ == \"__main__\":` 之下）",
        .noteTimeoutBootDeaths: "这次等待放弃时，{pool} 还没有任何任务开始过：它有 {failed} 个工作进程在 run() 开始之前就结束了（退出码 {codes}），"
            + "每一个都结束在把 {main} 作为 __mp_main__ 导入的过程中，而这种导入会在工作进程里把该文件的顶层代码再执行一遍{start}。"
            + "进程池又启动了新的工作进程来顶替结束的那些（共 {n} 个）；multiprocessing.Pool 从不把工作进程的错误交给正在等结果的调用："
            + "这样的等待只有超时才能结束。",
        .panelWorkersNoneInRun: "还没有工作进程开始 run()：进程池已为 {n} 个工作进程调用 start()，记录里没有一个到达 run()",
    ]
}
