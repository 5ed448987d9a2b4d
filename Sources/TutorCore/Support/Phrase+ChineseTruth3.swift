extension Phrase {
    /// 第三轮真实性审查加入的文字。
    static let chineseTruth3: [Phrase: String] = [
        .waitWorkItemsAnd: "和",
    ]
}
