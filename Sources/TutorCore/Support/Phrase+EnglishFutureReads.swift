extension Phrase {
    /// English texts of a work item's exception: read from its done Future, or never read by the program.
    static let englishFutureReads: [Phrase: String] = [
        .evFutureRead: "{call} of work item {work}, already done: the program gets the exception the work item raised",
        .summaryFutureUnreadErrors: "errors nobody read: {list}. Each was raised in its work item; no result() or exception() read it, so no exception reached the program's code (result() would have raised it)",
        .summaryFutureUnreadError: "work item {work}: {error}",
    ]
}
