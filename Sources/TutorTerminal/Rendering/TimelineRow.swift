import TutorCore

/// One printed row of the event list: one event, or a run of alike events of one lane shown together.
struct TimelineRow {
    var eventIndex: Int
    var lastEventIndex: Int
    var t: Int64
    var lane: Int
    /// The kind as a number (`TraceEvent.kindName`), to count left-out rows without hashing strings.
    var kindName: EventName
    /// The dotted kind, made from its number when asked: a long run builds a million rows and prints a few hundred.
    var kind: String { kindName.text }
    var text: String
    var lastText: String?
    var count: Int
    var noteNumbers: [Int]

    /// Kinds whose back-to-back repeats in one lane are shown as one row with a count.
    static let condensable = EventKindSet([.poolSubmit, .poolResult, .queuePut, .queueGet,
                                           .poolCallbackEnd, .lockCreate, .queueCreate])

    /// How far after a row's first event an alike event may come and still join the row: the time column's step
    /// (a row shows one time).
    static let groupSpanNs: Int64 = 1_000_000

    /// The row's text, with the run's last member and count when it stands for several events.
    func display(_ painter: Painter) -> String {
        guard count > 1, let lastText else { return text }
        // The count goes first so that it survives when a narrow terminal cuts the row short.
        return "\(count)× \(text) \(painter.symbol("…", ascii: "...")) \(lastText)"
    }
}
