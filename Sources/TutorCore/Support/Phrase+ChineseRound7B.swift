extension Phrase {
    /// 第七轮真实性审查（B 部分）新增的中文文本：运行与失败的程序。
    static let chineseRound7B: [Phrase: String] = [
        .evPipeSendRaised: "经 {object} 的 {end}发送 {item} 时抛出 {error}：没有送达",
        .evPipeSendBrokenPipe: "经 {object} 的 {end}发送 {item} 时抛出 {error}：没有送达（已经没有任何进程打开着另一端）",
    ]
}
