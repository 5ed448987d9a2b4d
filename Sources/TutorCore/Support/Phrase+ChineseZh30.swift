extension Phrase {
    /// Chinese texts of zh30 (see `englishZh30`).
    static let chineseZh30: [Phrase: String] = [
        .panelExecutorThreadWorkers: "已启动的工作线程 {n} 个，还活着 {alive} 个",
        .panelParenthesisedList: "（{list}）",
        .summaryLockNeverEndedItem: "{who} 从 {t} 起",
    ]
}
