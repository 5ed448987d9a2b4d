extension Phrase {
    /// The English text of a pool worker's slow put() of a result smaller than a pipe's buffer: its size explains nothing.
    static let englishSmallResultSends: [Phrase: String] = [
        .evPoolResultSentSmall: "sends {task}'s result to the parent{size}: the put() returned {duration} later, at {t} (a result this small is written at once while the pipe has room: the time went to pickling it, to waiting for the result queue's write lock, which the pool's workers take one at a time, to a pipe already full of unread results, or to waiting for a CPU; the tracer does not tell these apart)",
    ]
}
