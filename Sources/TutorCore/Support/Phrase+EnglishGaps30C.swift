extension Phrase {
    /// English texts of gaps 30C: a traced queue's reader among what a poll, select or wait watches.
    static let englishGaps30C: [Phrase: String] = [
        .waitQueueReader: "{object}'s reader",
    ]
}
