extension Phrase {
    /// English texts of gaps 29D: a stop written when it happens, whose continue the record may not hold (mp-tutor
    /// was killed while the run was stopped).
    static let englishGaps29D: [Phrase: String] = [
        .evRunStoppedOpen: "stopped by {signal}: every process of the run stood still with mp-tutor; the record ends before they were continued",
    ]
}
