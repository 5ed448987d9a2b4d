extension Phrase {
    /// 第 22H 轮（网上常见的小脚本）的中文文本：error_callback 结束时也照实叫它 error_callback。
    static let chineseRound22H: [Phrase: String] = [
        .evErrorCallbackEnd: "{task} 的 error_callback 返回",
    ]
}
