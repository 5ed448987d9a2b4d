extension Phrase {
    /// The Chinese texts of the signals mp-tutor itself received during a run (guard 23; one line per sender, guard 24).
    static let chineseGuard23: [Phrase: String] = [
        .summarySignalFromRun: "mp-tutor 本身{when}收到了本次运行中的进程 pid {pid} 发来的 {signals}：追踪时，mp-tutor 是它的父进程，或者（对孤儿进程而言）是收养它的进程，所以它的 os.getppid() 指向 mp-tutor。mp-tutor 没有做任何处理，运行照常继续；不追踪时，这样的信号会发给启动程序的那个进程，或者收养这个孤儿进程的进程",
        .summarySignalFromOutside: "mp-tutor {when}收到了不属于本次运行的进程 pid {pid} 发来的 {signals}，没有做任何处理",
        .summarySignalFromKernel: "mp-tutor {when}收到了系统发来的 {signals}，没有做任何处理",
    ]
}
