extension Phrase {
    /// The Chinese texts of the newline that ends a line printed in parts (a progress line, then print()).
    static let chineseLineEnds: [Phrase: String] = [
        .evPrintLineEnded: "{stream} 换行：上面分段打印的那一行在这里结束，后面没有别的内容",
    ]
}
