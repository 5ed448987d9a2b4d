extension Phrase {
    /// The English texts of run()'s end when the process was ended otherwise afterwards, and of the
    /// invariants checked on a lesson's live runs.
    static let englishTruth: [Phrase: String] = [
        .evRunThenSignal: "; then {signal} ended it in that cleanup (exitcode {real}, as its parent saw)",
        .evRunThenOther: "; then it ended with exitcode {real} (as its parent saw)",
        .checkInvariantFailed: "the recorded run breaks an invariant ({invariant}): {message}",
        .hangWorkRunningOf: "{worker}, a worker of {object}, started work item {work} at {t} and never finished it",
        .hangWorkQueuedOf: "work item {work} was submitted to {object} but none of its workers started it",
        .hangTaskRunningOf: "{worker}, a worker of {object}, started {task} at {t} and never finished it",
    ]
}
