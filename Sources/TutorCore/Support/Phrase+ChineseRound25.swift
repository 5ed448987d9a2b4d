extension Phrase {
    /// The Chinese texts of round 25 (issue 11): ThreadPool 的初始化函数在工作线程里运行（模块全局变量全进程共用一份）；
    /// 等待列表里 Listener/Client 连接的一端；只等一个对象的 connection.wait()。
    static let chineseRound25: [Phrase: String] = [
        .evPoolInitThread: "{mark} 初始化函数 {call}：在这个工作线程里只运行一次，先于它领取的任何任务（工作线程是本进程的一个线程：初始化函数设置的模块全局变量属于整个进程，所有线程共用一份，而不是像进程池那样每个工作进程各有一份）",
        .evPoolInitDoneThread: "初始化函数 {func} 返回{took}：这个工作线程开始领取任务",
        .evPoolInitRaisedThread: "{mark} 初始化函数 {func} 抛出 {error}：这个工作线程没有领取任何任务就结束了",
        .waitConnectionSide: "{object} 的 {side}",
        .evConnectionWaitOne: "在 connection.wait() 中等待 {what} 就绪",
    ]
}
