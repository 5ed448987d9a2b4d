extension Phrase {
    /// English texts of gaps 27B (issue 11): the time job control stopped a run, which the record holds as mp-tutor's
    /// `run.stopped` / `run.continued`.
    static let englishGaps27B: [Phrase: String] = [
        .evRunStoppedByCtrlZ: "stopped by Ctrl-Z (SIGTSTP) for {duration}: every process of the run stood still with mp-tutor until they were continued",
        .evRunStopped: "stopped by {signal} for {duration}: every process of the run stood still with mp-tutor until they were continued",
        .evRunContinued: "continued after {duration} stopped by {signal}",
        .activityStoppedSince: "stopped by {signal} since {t} (before: {activity})",
        // one object in a select()'s read list: "until X is ready", as `evConnectionWaitOne` says for connection.wait()
        .evSelectorWaitOne: "waits in {call} until {what} is ready",
    ]
}
