extension Phrase {
    /// 缺口 29D 的中文：暂停发生时就写下；记录里可能没有对应的恢复（运行暂停期间 mp-tutor 被杀掉了）。
    static let chineseGaps29D: [Phrase: String] = [
        .evRunStoppedOpen: "被 {signal} 暂停：本次运行的所有进程都随 mp-tutor 一起停住；记录在它们恢复运行之前就结束了",
    ]
}
