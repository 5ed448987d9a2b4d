extension Phrase {
    /// The English texts of round 19 (scripts pasted from the web): a thread's is_set() polls, to its end, that did not
    /// see a set() or clear() of their Event made in that time.
    static let englishRound19: [Phrase: String] = [
        .evEventPolledToEndUnseen: "polled {object} with is_set() {n} time{s} since {at}: {result} each time, though {by} called {changed} of {object} at {when}: none of these polls saw that change",
        .summaryPolledToEndUnseen: "{who} polled {object} {n} time{s} from {at} to its thread's end: {result} each time, though {by} called {changed} of {object} at {when}; no poll saw that change",
    ]
}
