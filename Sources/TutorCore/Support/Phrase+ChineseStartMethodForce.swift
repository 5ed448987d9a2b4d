extension Phrase {
    /// The Chinese texts of a `set_start_method(..., force=True)` that replaced a method already fixed (round 17M).
    static let chineseStartMethodForce: [Phrase: String] = [
        .evStartMethodForced: "{call}：force=True 替换了已经确定的启动方式 {was}：此后 start() 改用 {method}",
        .evStartMethodForcedSame: "{call}：启动方式本来就是 {method}",
    ]
}
