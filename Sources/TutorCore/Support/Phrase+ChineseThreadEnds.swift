extension Phrase {
    /// The Chinese texts of a thread whose run() raised (`thread.exit` with `raised`).
    static let chineseThreadEnds: [Phrase: String] = [
        .evThreadEndsBySystemExit: "线程 {name} 因 SystemExit({arg}) 结束（sys.exit({arg}) 抛出的就是它）：它只结束这个线程，threading 会静默忽略它（没有回溯，进程继续运行）",
        .evThreadEndsRaised: "线程 {name} 结束：它的 run() 抛出了 {error}，没有被捕获（交给了 threading.excepthook，进程继续运行）",
    ]
}
