extension Phrase {
    /// The English texts of gaps 30B: a process's lost events said on every screen that shows the process (the step
    /// view's lanes and state panel, the HTML page, the Perfetto trace), and the summary's processes whose end the
    /// record does not have, counted in words that say what ended and what was not recorded.
    static let englishGaps30B: [Phrase: String] = [
        .panelLost: "{warn} {n} of its events were lost (when is not known)",
        .panelLostOne: "{warn} 1 of its events was lost (when is not known)",
        .stepLaneLost: "{warn} {n} lost, when not known",
        .summaryEndsNotRecorded: "{n} process{n?|es} whose end was not recorded",
        .summaryEndNotRecordedOne: "1 process whose end was not recorded",
        .summaryMemberEndNotRecorded: "how it ended was not recorded",
    ]
}
