extension Phrase {
    /// The English texts of gaps 23 (issue 11): a True poll() the record cannot explain, and a queue summary's counts
    /// (a count and its noun: "1 put", "2 puts"; the refused non-blocking calls).
    static let englishGaps23: [Phrase: String] = [
        .evPollTrueUnread: "True: something to read, or every copy of {object} {other} had been closed (an end of file also makes poll() return True); the record cannot tell which: nothing sent there was left unread before it, and no recv() here came after it",
        .countPuts: "{n} put{s}",
        .countGets: "{n} get{s}",
        .countTimedPuts: "{n} timed put{s}",
        .countTimedGets: "{n} timed get{s}",
        .countMoreTimedPuts: "{n} more timed put{s}",
        .countMoreTimedGets: "{n} more timed get{s}",
        .panelChildStarting: "starting: start() at {t}; none of its own events recorded yet",
        .summaryQueueRefused: " · {puts} and {gets} refused at once (a non-blocking put() on a full queue raises queue.Full, a non-blocking get() on an empty one queue.Empty; nothing was put or got)",
    ]
}
