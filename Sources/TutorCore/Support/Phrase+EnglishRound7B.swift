extension Phrase {
    /// The English texts added by the seventh truth review, part B: operational and failure programs.
    static let englishRound7B: [Phrase: String] = [
        .evPipeSendRaised: "send {item} on {object} {end} raised {error}: not delivered",
        .evPipeSendBrokenPipe: "send {item} on {object} {end} raised {error}: not delivered (no process has the other end open any more)",
    ]
}
