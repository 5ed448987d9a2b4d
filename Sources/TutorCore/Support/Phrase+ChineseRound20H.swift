extension Phrase {
    /// The Chinese texts of round 20H (see Phrase+EnglishRound20H.swift).
    static let chineseRound20H: [Phrase: String] = [
        .noteSemaphoreForeignRelease: "；它能进入，靠的是 {releaser} 在 {at} 调用的 release()，可 {releaser} 从来没有获取过 {lock}，而 {holders} 并没有释放它：Semaphore 把任何一次 release() 都算作多出一个空位，不管是谁调用的，所以 {holders} 和 {who} 同时在里面",
    ]
}
