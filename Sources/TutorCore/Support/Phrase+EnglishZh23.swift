extension Phrase {
    /// The English texts zh23 added so the Chinese can say a row as one sentence: the English reads as before
    /// (an imap read by iteration, the word `callback`, one worker's count in the executor summary).
    static let englishZh23: [Phrase: String] = [
        .evIterationWaitTask: "waits in the iteration over the {method}() result for {task}",
        .evIterationWaited: "the iteration over the {method}() result for {task} returned{waited}",
        .evIterationWaitedRaised: "the iteration over the {method}() result for {task} raised {error}{waited}",
        .evIterationEnded: "the iteration over the {method}() result of task {job} came to its end{waited}: every item had been read "
            + "(the StopIteration that ends a loop, not an error)",
        .evCallbackWhich: "callback",
        .summaryExecutorRanBy: "{worker} {n}",
    ]
}
