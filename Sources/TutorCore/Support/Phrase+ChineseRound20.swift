extension Phrase {
    /// 第 20 轮的中文文本：fork 出的子进程里，父进程另一个线程在 fork 时持有的模块导入锁的副本。
    static let chineseRound20: [Phrase: String] = [
        .evImportLockHeld: "fork 时 {parent} 的线程 {holder} 正在导入 {module}：它的导入锁在这里一直被占着（那个线程没有被复制过来），所以在这里导入 {module} 可能永远阻塞",
        .evFeederWrittenAtExit: "退出时，multiprocessing 等待（join）{object} 的 feeder 线程：本进程放入的数据它都已写进管道（{t} 的一次 get 之后队列已空），只是还没释放队列的写锁",
        .evFeederWritten: "join_thread() 等待 {object} 的 feeder 线程：本进程放入的数据它都已写进管道（{t} 的一次 get 之后队列已空），只是还没释放队列的写锁",
        .evSignalSentSubprocess: "（发给本进程用 subprocess 启动的命令，pid {pid}）",
    ]
}
