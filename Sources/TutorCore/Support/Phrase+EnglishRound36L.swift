extension Phrase {
    /// English texts of round 36L: the left-out middle of a long timeline names the program's own output and its
    /// processes' starts and ends among the kinds it hides, and says how many events its unnamed kinds hold.
    static let englishRound36L: [Phrase: String] = [
        .rowsLeftOutOthersEvents: "and {n} other kind{s} ({events})",
        .countEventsLeftOut: "{n} event{s}",
    ]
}
