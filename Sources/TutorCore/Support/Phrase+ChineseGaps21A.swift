extension Phrase {
    /// 第 21A 轮补漏（第 20、20H 轮在 Swift 一侧留下的问题）的中文文本。
    static let chineseGaps21A: [Phrase: String] = [
        .panelUnitsReleasedByOthers: "没有占着名额的进程调用 release()：{n} 次（每次多出一个空名额；占着名额的仍在里面）",
    ]
}
