extension Phrase {
    /// The English texts of round 21 (the articles' demos, changed as learners change them): a Pool's tasks each
    /// submitted after a get() of the one before. "Come back": the get() may have raised the task's exception.
    static let englishRound21: [Phrase: String] = [
        .noteSerialGets: "{task} was submitted only after get() of {prev} had waited {waited} for that task to end and come back, so no other task of {pool} was waiting or running then. {pool}'s first {n} task{s} were each submitted this way: they ran one at a time, though {pool} has {workers} workers. A get() right after each apply_async() (apply_async(...).get() in the loop) waits for that task before the next is submitted. To run them at once, submit them all first (keep the AsyncResults in a list), then call get() on each.",
        .summaryPoolIdleWorkers: "{n} worker{s} ran no {unit}: {list}",
        .summaryPoolIdleMore: " and {n} more",
    ]
}
