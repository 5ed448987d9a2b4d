extension Phrase {
    /// 第 20 轮的中文文本：fork 出的子进程里，父进程另一个线程在 fork 时持有的模块导入锁的副本。
    static let chineseRound20: [Phrase: String] = [
        .evImportLockHeld: "fork 时 {parent} 的线程 {holder} 正在导入 {module}：它的导入锁在这里一直被占着（那个线程没有被复制过来），所以在这里导入 {module} 可能永远阻塞",
        .evSignalSentSubprocess: "（发给本进程用 subprocess 启动的命令，pid {pid}）",
    ]
}
