extension Phrase {
    /// The English texts added by the sixth truth review, part A: programs nobody here wrote (concurrent.futures,
    /// Pool, Managers and logging).
    static let englishRound6A: [Phrase: String] = [
        .evCancelRunningIn: "cancel() → False: work item {work} is running in {worker}, so cancel() cannot stop it",
        .evCancelRanIn: "cancel() → False: work item {work} has already run in {worker} (its Future is set when its result is back), so cancel() cannot stop it",
        .evCancelInCallQueue: "cancel() → False: work item {work} was already sent to {object}'s call queue, which its workers read (its Future says running, though no worker had started it yet), so cancel() cannot stop it",
    ]
}
