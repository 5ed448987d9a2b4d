extension Phrase {
    /// English texts for what a Pool computed that the program never received: task errors no get() read, the items
    /// an imap was given and how many of them never started or were never read.
    static let englishUnreadResults: [Phrase: String] = [
        .summaryPoolUnreadErrors: "errors nobody read: {list}. Each was raised in a worker; no get() read it and no error_callback ran, so no exception reached the program's code (get() would have raised it)",
        .summaryPoolUnreadError: "task {job} ({method}): {error}",
    ]
}
