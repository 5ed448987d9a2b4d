extension Phrase {
    /// The English texts of round 26F (issue 11): the async corners of concurrent.futures and Pool. A Pool's
    /// close() while tasks it was given are not finished: close() cancels none of them.
    static let englishRound26F: [Phrase: String] = [
        .evPoolCloseOwedOne: "{object}.close(): it takes no new tasks; its 1 unfinished task still runs (close() cancels nothing), then its workers leave",
        .evPoolCloseOwedMany: "{object}.close(): it takes no new tasks; its {count} unfinished tasks still run (close() cancels nothing), then its workers leave",
    ]
}
