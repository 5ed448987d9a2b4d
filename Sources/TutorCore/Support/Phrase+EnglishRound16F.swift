extension Phrase {
    /// English texts of round 16F (concurrent.futures beyond submit and map, and shared memory).
    static let englishRound16F: [Phrase: String] = [
        .noteExitEscapedAfterRaise: ": run() had ended by raising {raised}, then {error} was raised in multiprocessing's own cleanup after it (under fork nothing prints it)",
        .evSubmitAfterShutdownAt: " (shutdown() was called on it at {time}: from then on it takes no new work items; the end of a with-block calls shutdown() too)",
        .evMapTimeoutSpent: " (map()'s timeout {duration}, counted from the map() call: none of it left, it ran out {over} before this wait)",
    ]
}
