extension Phrase {
    /// 第 22H 轮（网上常见的小脚本）的中文文本：error_callback 结束时也照实叫它 error_callback；
    /// 对 imap 结果的遍历走到尽头。
    static let chineseRound22H: [Phrase: String] = [
        .evErrorCallbackEnd: "{task} 的 error_callback 返回",
        .evPoolIterationEnded: "{call}（task {job}）走到了尽头{waited}：每一项都已读过（抛出的 StopIteration 只是让循环结束，不是错误）",
    ]
}
