extension Phrase {
    /// The English texts of a pool worker's send of a task's result that took visible time.
    static let englishResultSends: [Phrase: String] = [
        .evPoolResultSent: "sends {task}'s result to the parent{size}: the put() returned {duration} later, at {t} (the pool's result queue writes a result whole, and one bigger than the pipe's buffer is written only as the parent's result-handler thread reads it)",
        .evPoolResultSentSize: " ({size} pickled)",
    ]
}
