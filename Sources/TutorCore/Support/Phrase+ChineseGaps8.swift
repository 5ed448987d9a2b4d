extension Phrase {
    /// The Chinese texts added by gaps 8 (issue 11, what round 7 left).
    static let chineseGaps8: [Phrase: String] = [
        .evSignalAfterExit: "：它已经退出（退出码 {code}，于 {at}），只是尚未被回收，所以这个信号什么也没有结束",
        .summaryPoolResultUnsent: "{n} 个{unit}正常返回了，但父进程收到的是一个异常而不是结果：工作进程无法把返回值发回去（MaybeEncodingError，在读取结果的地方抛出）",
    ]
}
