extension Phrase {
    /// The English texts added by gaps 8 (issue 11, what round 7 left).
    static let englishGaps8: [Phrase: String] = [
        .evSignalAfterExit: ": it had already exited (code {code}, at {at}), not yet reaped, so this signal ended nothing",
        .summaryPoolResultUnsent: "{n} {unit} returned, but the parent got an exception in place of the result: the worker could not send the value back (MaybeEncodingError, raised where the result is read)",
    ]
}
