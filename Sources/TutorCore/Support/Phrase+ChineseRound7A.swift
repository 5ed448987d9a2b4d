extension Phrase {
    /// 第七轮真实性审查（A 部分）新增的中文文本：教程和问答里的程序。
    static let chineseRound7A: [Phrase: String] = [
        .noteExecutorInitializerBroke: "没有工作进程死在某个工作项中：初始化函数 {func} 在 {workers} 中抛出了异常（{error}）；初始化函数抛出异常的工作进程会记录“Exception in initializer”，然后不取任何工作项就结束。{object} 的管理线程发现有工作进程不在了，于是把执行器标记为已损坏：挂起的 {pending} 个 Future 以 BrokenProcessPool 失败（其消息说有进程“突然终止”），并停止其余工作进程。",
        .noteInitWorkerEnded: "{worker}（退出码 {code}）",
    ]
}
