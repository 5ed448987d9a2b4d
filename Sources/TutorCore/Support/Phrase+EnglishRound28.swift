extension Phrase {
    /// The English texts of round 28 (issue 11): a JoinableQueue's join() that returned at once because nothing had
    /// been put on it yet says so, and that the items put later were not waited for.
    static let englishRound28: [Phrase: String] = [
        .noteJoinableJoinBeforePuts: "{object}.join() returned at once: no put() on {object} had been made yet, so its count of unfinished tasks was 0. join() waits only while that count is above 0 (each put() adds one, each task_done() takes one away); it does not wait for items still to come. The {n} item{s} put on it later (the first by {who} at {t}) were not waited for.",
        .panelJoinableUnfinished: "unfinished tasks: {n} (join() waits until 0)",
    ]
}
