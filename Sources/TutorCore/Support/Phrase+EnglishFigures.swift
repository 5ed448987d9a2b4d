extension Phrase {
    /// The English texts of the figures `check` shows beside a failed claim's query, for the lesson's author.
    static let englishFigures: [Phrase: String] = [
        .figNoMatch: "no {selector} matched",
        .figOrder: "{first} was event {seq1} at {t1}, {second} was event {seq2} at {t2}",
        .figNoEvents: "no {kind} events at all",
        .figSomeNot: "{bad} of {n} do not, e.g. {example}",
        .figAllDo: "all {n} do, e.g. {example}",
        .figSomeDo: "{n} do, e.g. {example}",
        .figNoneDo: "none of {n} {kind} events do",
        .figEvent: "event {seq} ({kind} in {process} pid {pid}, thread {thread})",
    ]
}
