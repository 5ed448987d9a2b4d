extension Phrase {
    /// 第六轮真实性审查（B 部分）新增的中文文本：不是我们写的程序。
    static let chineseRound6B: [Phrase: String] = [
        .evExitAsked: "{code}：它要求的是 {asked}，而退出状态只保留低 8 位",
        .evExitAskedParen: "（它要求的是 {asked}，而退出状态只保留低 8 位）",
        .evRLockAgain: "再次获得 {object}{times}{waited}：持有者现在持有它 {n} 层",
        .evRLockReleaseLevel: "释放 {object} 的一层{times}：仍被持有（再 release() {n} 次才真正释放）",
    ]
}
