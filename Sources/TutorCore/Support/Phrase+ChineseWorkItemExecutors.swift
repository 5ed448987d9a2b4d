extension Phrase {
    /// The Chinese texts of `englishWorkItemExecutors`.
    static let chineseWorkItemExecutors: [Phrase: String] = [
        .workItemOfExecutor: "{work}（{executor}）",
    ]
}
