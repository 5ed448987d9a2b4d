extension Phrase {
    /// 第六轮真实性审查（B 部分）新增的中文文本：不是我们写的程序。
    static let chineseRound6B: [Phrase: String] = [
        .evExitAsked: "{code}：它要求的是 {asked}，而退出状态只保留低 8 位",
        .evExitAskedParen: "（它要求的是 {asked}，而退出状态只保留低 8 位）",
    ]
}
