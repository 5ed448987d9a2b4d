extension Phrase {
    /// The Chinese texts of round 31S (see `englishRound31S`).
    static let chineseRound31S: [Phrase: String] = [
        .evPrintIntoPipeInherited: "（写进了 {parent} 读取的管道：{parent} 启动 {via} 时，把它的 {stream} 接到了这个管道上（subprocess.PIPE，capture_output=True 就是这样做的），这个进程在它之下启动，继承了这个流；这行从未出现在终端上）",
        .evPrintIntoFileInherited: "（写进了 {parent} 交给 {via} 作为 {stream} 的文件或描述符，这个进程在它之下启动，继承了它；没有写到终端）",
        .noteTimedOutTaskRunning: "get() 等了 {duration} 后放弃了 {task}，但这并没有让 {task} 停下：它仍在 {worker} 里运行（从 {since} 开始）。AsyncResult.get() 的超时只结束这次等待；任务会在工作进程里接着运行，结果如果回来了，会留给之后的 get()。{after}",
        .noteTimedOutTaskQueued: "get() 等了 {duration} 后放弃了 {task}，那时 {task} 还没开始：它还在进程池的任务队列里。AsyncResult.get() 的超时只结束这次等待；任务仍在排队，之后照样运行。{after}",
        .noteTimedOutAfterFinished: "这里它在 {t} 运行完毕。",
        .noteTimedOutAfterWorkerEnded: "这里直到 {worker} 在 {t} 结束（退出码 {code}），它都还没运行完。",
        .noteTimedOutAfterRecordEnd: "直到记录结束，它都还没运行完。",
        .noteTimedOutAfterStarted: "它在 {t} 于 {worker} 中开始运行。",
    ]
}
