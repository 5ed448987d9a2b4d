extension Phrase {
    /// The Chinese texts of `englishRound27S`.
    static let chineseRound27S: [Phrase: String] = [
        .noteSemaphorePaidBack: "；{paid} 那时并没有占着它的名额：它在 {at} 的 acquire() 占用的名额已由 {releaser} 在 {released} 的 release() 归还，而 {releaser} 在这次 release() 之前从未获取过 {lock}（信号量没有所有者：任何进程调用 release() 都会多出一个空名额）",
        .noteEOFHiddenOwnInheritedCopy: "{who} 自己仍持有 {object} {other}的一份副本（{how}，并且没有记录到它关闭这一端），所以这次 poll() 不可能看到文件结束：只有当 {other}的每一份副本在所有进程里都关闭了，{end}才会显示为已结束（poll() 返回 True，recv() 抛出 EOFError），因此它只能等数据。{holders}{closed}其他进程里的任何 close() 都无法结束这次等待：用 fork 时，子进程会继承父进程在 start() 那一刻持有的每一个 Pipe 端，而子进程自己的代码只能关闭它拿得到的端。可以把 {other}也传给 {who}，让它先在子进程里关掉；或者用 spawn 或 forkserver 启动 {who}，那样子进程只持有传给它的端。",
        .noteEOFHiddenMakerClosed: "{maker} 在 start() 之后于 {t} 关闭了自己那份 {other}：关掉的只是 {maker} 自己的那一份。",
        .panelUnitGivenBack: "（它的名额已由 {releaser} 在 {released} 的 release() 归还：它并没有占着名额）",
    ]
}
