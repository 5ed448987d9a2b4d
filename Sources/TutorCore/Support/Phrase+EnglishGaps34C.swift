extension Phrase {
    /// The English texts of gaps 34C (issue 11): the watchdog's words for a child a blocked join waits on while it
    /// runs (it recorded events after the join began: not "blocked or busy").
    static let englishGaps34C: [Phrase: String] = [
        .lastPrintedJoinedRunning: "was running, in no recorded wait: its last event before the stop was printing \"{text}\" at {t}",
        .lastRowJoinedRunning: "was running, in no recorded wait: its last event before the stop, at {t}: “{row}”",
        .lastEventJoinedRunning: "was running, in no recorded wait: its last event before the stop was at {t}",
        .activityExitCleanup: "run() ended at {t}; in its exit cleanup (multiprocessing's finalizers and atexit handlers) until it exits: it takes no more work",
        .evAsCompletedTimeoutLeft: ", at most {left} more (what is left of as_completed()'s timeout)",
    ]
}
