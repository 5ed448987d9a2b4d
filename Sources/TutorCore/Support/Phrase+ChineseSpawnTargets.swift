extension Phrase {
    /// The Chinese texts of a start row's target (gaps 17B).
    static let chineseSpawnTargets: [Phrase: String] = [
        .evSpawnTarget: " · target 为 {target}",
        .evSpawnTargetClosure: "，调用 start() 时它从外层作用域读到 {closure}（lambda 或嵌套函数在运行时才查找这些变量，而不是在创建时）",
        .evSpawnTargetDefaults: "，默认参数为 {defaults}（在函数创建时就已确定）",
    ]
}
