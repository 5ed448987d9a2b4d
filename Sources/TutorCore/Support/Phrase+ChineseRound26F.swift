extension Phrase {
    /// The Chinese texts of `englishRound26F`.
    static let chineseRound26F: [Phrase: String] = [
        .evPoolCloseOwedOne: "{object}.close()：不再接受新任务；尚未完成的 1 个任务照常执行（close() 不取消任何任务），之后工作进程才退出",
        .evPoolCloseOwedMany: "{object}.close()：不再接受新任务；尚未完成的 {count} 个任务照常执行（close() 不取消任何任务），之后工作进程才退出",
    ]
}
