extension Phrase {
    /// The English texts of the progress file's errors and of `--set` and `simulate` given wrongly.
    static let englishInput: [Phrase: String] = [
        .errProgressRemove: "could not remove {path}: {reason}",
        .errProgressCannotKeep: "your progress cannot be kept: {why}. Lessons still run; fix the folder's permissions or set XDG_STATE_HOME to a folder you can write.",
        .errProgressUnreadable: "{path} cannot be read and cannot be moved aside; your progress is not saved until it is",
        .errQuizSave: "could not save your quiz score to {path}: {reason}",
        .errSetWithReplay: "--set changes a live run; --replay plays the recorded one",
        .hintLeaveOneOut: "leave out one of them.",
        .errSetWithAll: "--set changes one lesson's parameters: name the lesson instead of --all",
        .errSetWithRecordDir: "--record-dir records lessons as written, not with --set",
        .hintRecordChangedRun: "record a changed run with 'mp-tutor lesson <id> --set NAME=VALUE --record FILE'.",
        .errPresentNeedsLesson: "present needs a lesson id",
        .errSimulateNeedsWhat: "simulate needs what to simulate: scheduling",
        .errUnknownSimulation: "unknown simulation '{what}'",
    ]
}
