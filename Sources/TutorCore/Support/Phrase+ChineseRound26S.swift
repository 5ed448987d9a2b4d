extension Phrase {
    /// The Chinese texts of `englishRound26S`.
    static let chineseRound26S: [Phrase: String] = [
        .evProcessErrorSameNameSelf: "（这是 {caller} 在这里新建的 Process 对象，不是 {caller} 自己：还没开始执行 run() 的进程会像主进程一样，从 1 开始给自己新建的 Process 对象编号，所以名字会重复）",
        .evProcessErrorSameNameOther: "（这是 {caller} 在这里新建的 Process 对象，不是本次运行中 pid 为 {pid} 的 {name}：还没开始执行 run() 的进程会像主进程一样，从 1 开始给自己新建的 Process 对象编号，所以名字会重复）",
    ]
}
