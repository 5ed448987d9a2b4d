extension Phrase {
    /// Chinese texts of a work item's exception: read from its done Future, or never read by the program.
    static let chineseFutureReads: [Phrase: String] = [
        .evFutureRead: "对已完成的工作项 {work} 调用 {call}：程序拿到了该工作项抛出的异常",
        .summaryFutureUnreadErrors: "没有人读取的错误：{list}。每个都是在它的工作项中抛出的；没有任何 result() 或 exception() 读取它，所以没有异常到达程序的代码（result() 本会抛出它）",
        .summaryFutureUnreadError: "工作项 {work}：{error}",
    ]
}
