extension Phrase {
    /// The Chinese texts of guard 24 (see `englishGuard24`).
    static let chineseGuard24: [Phrase: String] = [
        .summarySignalsFromMain: "mp-tutor 本身{when}收到了程序主进程 pid {pid} 发来的 {signals}：追踪时，这个进程是 mp-tutor 启动的，所以它的 os.getppid() 指向 mp-tutor。mp-tutor 没有做任何处理，运行照常继续；不追踪时，这样的信号会发给启动 python3 的那个进程（shell、编辑器等）",
        .summarySignalsFromAdopted: "mp-tutor 本身{when}收到了本次运行中一个父进程已经结束的进程（pid {pid}）发来的 {signals}：追踪时，mp-tutor 收养了它（mp-tutor 是本次运行的 child subreaper：运行中的孤儿进程都由它收养），所以它的 os.getppid() 指向 mp-tutor。mp-tutor 没有做任何处理，运行照常继续；不追踪时，这样的信号会发给收养这个孤儿进程的进程（init，或者最近的 subreaper）",
        .summarySignalAt: "在 {time} ",
        .summarySignalBetween: "在 {first} 到 {last} 之间",
        .summarySignalRepeated: "{signal} ×{n}",
        .summarySignalsDropped: "mp-tutor 还收到了另外 {n} 个信号，没有逐个记录",
        .trReceivedSignalsList: "\"{key}\" 必须是一个列表，最多 {max} 个对象",
        .trReceivedSignalsTooMany: "\"received_signals\" 有 {n} 项，超过了 mp-tutor 最多写入的 {max} 项",
        .trReceivedSignalEntry: "\"{key}\" 必须是一个对象，含整数 \"signal\"（1…255）、\"sender_pid\"、\"at_ns\"，以及取值为 true 或 false 的 \"from_run\"",
        .trReceivedSignalName: "\"{key}\" 必须是由字母、数字、+ 或空格组成的信号名，最多 {max} 个字符",
        .trReceivedSignalRelation: "\"{key}\" 必须是 \"parent\" 或 \"adopter\"，而且只能出现在本次运行中的进程发来的信号上",
    ]
}
