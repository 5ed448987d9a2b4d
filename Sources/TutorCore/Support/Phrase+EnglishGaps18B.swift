extension Phrase {
    /// The English texts of gaps 18B: a Pool task whose call raised before its function ran, a pool call that raised
    /// in its caller counted, a signal its child ignored.
    static let englishGaps18B: [Phrase: String] = [
        .evTaskNotEntered: " (the call itself raised it, before {func}'s first line ran: {func} never began)",
        .summaryPoolNotEntered: " ({n} of them raised in the call itself: their function never began)",
        .summaryPoolCallsRaised: "{n} {method}() call{s} that raised in the calling process, no task sent",
        .evSignalIgnored: " ({name} ignored {signal}: its handler was SIG_IGN when the signal was sent, so the signal did nothing to it)",
    ]
}
