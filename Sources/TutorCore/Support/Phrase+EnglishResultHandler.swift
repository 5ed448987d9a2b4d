extension Phrase {
    /// The English texts of a Pool's result-handler thread that an exception escaped.
    static let englishResultHandler: [Phrase: String] = [
        .noteResultHandlerEnded: "{pool}'s result-handler thread ended here: {error} escaped it (the traceback above is its own), and nothing starts it again. No later result of {pool} reaches the parent, so a get() or wait() for a result still owed can only time out (without a timeout it waits forever).",
        .noteResultHandlerTask: "task {job}",
        .noteResultHandlerOwed: " Still owed at that moment: {tasks}.",
    ]
}
