extension Phrase {
    /// The English texts of round 25X (issue 11): programs that fail, crash and hang. A Queue get() that read an
    /// item off the pipe and could not unpickle it; a Pool task's exception that could not be pickled back.
    static let englishRound25X: [Phrase: String] = [
        .evGetUnpickleFailed: "took an item from {object} ({item}){waited}, but unpickling it raised {error}: get() raised that, and the item is gone from the queue",
        .evResultUnpicklableRaised: "result of {task} arrives: MaybeEncodingError in place of the exception the task raised (the worker could not pickle that exception, so it sent this error instead)",
    ]
}
