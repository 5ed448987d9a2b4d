extension Phrase {
    /// The Chinese texts of an object a Queue's feeder pickled after the program changed it.
    static let chinesePickledChanges: [Phrase: String] = [
        .evQueuePutChangedBeyondRepr: "（序列化出的字节与 put() 时该对象的序列化结果不同；改动在这里显示的部分之外）",
    ]
}
