extension Phrase {
    /// The English texts of the record line when a signal ended a process outside a recorded wait.
    static let englishSignalCuts: [Phrase: String] = [
        .summaryNoneLostInWriting: ", no event lost in writing",
        .summarySignalCut: "ended by a signal while not blocked in a recorded wait: {list}. A call's event is written when the call returns, so a call such a process was making when its signal came may be missing from the record",
        .summarySignalCutMember: "{name} (pid {pid}, {signal})",
    ]
}
