extension Phrase {
    /// 缺口 30C 的中文：poll、select 或 wait 所等的对象里，有一个被跟踪的队列的读取端。
    static let chineseGaps30C: [Phrase: String] = [
        .waitQueueReader: "{object} 的读取端",
    ]
}
