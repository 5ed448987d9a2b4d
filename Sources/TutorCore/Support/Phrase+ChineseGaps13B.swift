extension Phrase {
    /// The Chinese texts of gaps 13B (see the English table).
    static let chineseGaps13B: [Phrase: String] = [
        .noteBoundMethodCopiedPool: "{call} 收到的是绑定方法 {func}：进程池要先把每个任务用 pickle 序列化，才能发给工作进程（fork 下也一样：fork 出来的只是工作进程，任务仍要经管道送过去），而序列化这个方法时，它所属的实例（一个 {class}）也会一起被序列化。所以 {object} 的每个任务（map() 的每一块）都在自己的 {class} 副本上运行 {func}，这个副本是在工作进程里反序列化出来的。{func} 对 self 的修改只留在这个副本里：{who} 中的 {class} 永远看不到，传回来的只有方法的返回值。",
        .noteThreadOfProcess: "{process} 的 {thread}",
        .noteOrphanLeftOtherForker: "{parent} 结束时，它的子进程 {child} 还在运行：没有人 join {child}，它成了程序里的孤儿进程，独自继续运行，所以程序里没有任何进程能等待它或读到它的退出码。{parent} 的结束并不会让 {child} 换一个父进程：它在操作系统里的父进程是 fork 出它的 {forker}（pid {pid}），只有等 {forker} 结束，操作系统才会给它换一个父进程。",
        .noteOrphanForkserver: "在 forkserver 启动方式下，每个子进程都由 fork server 来 fork，而不是由调用 start() 的进程：子进程里的 os.getppid() 得到的是 fork server 的 pid，而 multiprocessing.parent_process() 指的是 {parent}。",
        .evResultNotSentMessage: "{task} 没有送到任何工作进程：任务处理线程没能把它发出去（{message}），就把这个异常设为它的结果",
        .evResultNotSentArgument: "{task} 没有送到任何工作进程：它的参数 {argument}（一个 {type}）无法用 pickle 序列化（{message}），所以任务处理线程没能把它发出去，就把这个异常设为它的结果",
        .evStartArgumentUnpicklable: "（无法用 pickle 序列化的参数是 {argument}，一个 {type}）",
        .evParentAlive: "对父进程 {parent}（pid {pid}）调用 parent_process().is_alive() → {result}{after}（之后再返回 {result} 的调用只计数，不逐条显示）",
        .evParentAliveAfter: "，在此之前另有 {n} 次调用返回 {other}",
    ]
}
