extension Phrase {
    /// English texts of gaps 26A (issue 11): the state panel's activity of a process, or of one of its threads, in a
    /// recorded wait the activity used to ignore (join(), recv(), connection.wait(), a Pool's get(), a manager call...).
    static let englishGaps26A: [Phrase: String] = [
        .activityWaitsSince: "{what} since {t}",
        .activityWaitsRunEnded: "{what} since {t}: still waiting when the run ended",
        .activityThreadWaits: "thread {thread} {what}",
        .panelThreadsEnded: "{n} ended",
        .panelThreadWorkersListed: "{n} worker thread{s} started (a ThreadPool: its workers are threads of this process)",
    ]
}
