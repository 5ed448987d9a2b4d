extension Phrase {
    /// The English texts of a Queue's empty(), qsize() or full() and its answer.
    static let englishQueuePolls: [Phrase: String] = [
        .evQueuePoll: "{object}.{call} → {result} (true when asked, maybe stale at once: another process may put or get at any moment)",
        .evQueuePollEmptyPipe: " (empty() looks only at the pipe: an item a put() has handed to its feeder thread but not yet written counts as not there)",
    ]
}
