extension Phrase {
    /// 第 24A 轮补漏的中文：spawn/forkserver 子进程的记录停在它导入程序文件的过程中，还没进入 run()。
    static let chineseGaps24A: [Phrase: String] = [
        .lastBootImporting: "在 {t} 启动，此后再没有记录任何事件：它已开始把程序文件 {main} 作为 __mp_main__ 导入（在 run() 之前），一直没进入 run()（这个文件的顶层代码会在子进程里再运行一遍：在那里阻塞的语句会让子进程在执行目标函数之前就卡住）",
        .inImportOfMain: "（在 run() 之前，正在把程序文件 {main} 作为 __mp_main__ 导入）",
        .noteExitOneInImport: "：run() 开始之前出了未捕获的异常（或 sys.exit(1)）：它的记录停在把程序文件 {main} 作为 __mp_main__ 导入的过程中，这次导入会在子进程里把该文件的顶层代码再运行一遍",
        .evSelectorWait: "在 {call} 中等待 {what}，直到其中有一个就绪",
        .evSelectorWaited: "{call} 返回{waited}：{n} 个就绪",
        .evSelectorWaitedNamed: "{call} 返回{waited}：已就绪的是 {what}",
        .evSelectorGaveUp: "{call} 放弃：超时{waited}，没有一个就绪",
        .evSelectorReadyAtOnce: "{call} 立即返回：已就绪的是 {what}（调用时就已就绪，没有等待）",
        .evSharedCopy: "{object} = sharedctypes.copy({original})（{initial}）：{original} 在新共享内存里的一份副本，不是 {original} 本身：改其中一个，另一个看不到；raw：没有锁，读写不被追踪",
        .evBarrierAction: " · 动作 {action}()：每一轮最后到达的那个先调用它，其他等待者才继续",
        .evBarrierLastAction: "最后一个到达 {object}：先执行了它的动作 {action}()，然后放行了所有等待者",
    ]
}
