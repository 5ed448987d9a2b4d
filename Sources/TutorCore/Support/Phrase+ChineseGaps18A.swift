extension Phrase {
    /// The Chinese texts of gaps 18A: the program's get_start_method() that fixed the start method.
    static let chineseGaps18A: [Phrase: String] = [
        .evStartMethodFixed: "{call} 确定了启动方式 {method}：此后不带 force=True 的 set_start_method() 会抛出 RuntimeError（context has already been set）",
    ]
}
