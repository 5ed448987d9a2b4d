extension Phrase {
    /// The English texts of the note on items a Manager queue still held when the run ended.
    static let englishManagerQueues: [Phrase: String] = [
        .noteManagerQueueItemsLeft: "{object}, a Manager queue, still held {n} item{s} when the run ended, and no get() ever took {n?it|them}: {items}. A Manager queue lives in the manager's server process: {puts} put() call{puts?|s} on it returned, each having added its item there, and {gets} get() call{gets?|s} returned one. Every process of the program has ended, the manager's server process too, so the items left were lost with it.",
        .noteManagerQueueItemsUntold: "which ones the record cannot tell (their values were not all recorded in full, or the same value was both got and left)",
    ]
}
