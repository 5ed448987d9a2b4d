import TutorCore

/// One printed row of the event list: one event, or a run of alike events of one lane shown together. Numbers
/// only, no string or array (its words are made for the rows shown, as a `DescribedRow`): a long run places a
/// row per event or run of events and leaves out all but a few hundred, and a row holding a reference was
/// retained, copied and released through the type's value witnesses at every row placed or left out.
struct TimelineRow {
    var eventIndex: Int
    var lastEventIndex: Int
    var t: Int64
    var lane: Int
    /// The kind as a number (`TraceEvent.kindName`), to count left-out rows without hashing strings.
    var kindName: EventName
    /// The dotted kind, made from its number when asked: a long run builds a million rows and prints a few hundred.
    var kind: String { kindName.text }
    var count: Int
    /// The numbers of its notes (1-based): an event's notes are numbered one after another as its row is made.
    var noteNumbers: Range<Int>

    /// Kinds whose back-to-back repeats in one lane are shown as one row with a count.
    static let condensable = EventKindSet([.poolSubmit, .poolResult, .queuePut, .queueGet,
                                           .poolCallbackEnd, .lockCreate, .queueCreate])

    /// The resource tracker's register/unregister calls (gaps 29B): no row of their own, only their note's.
    static let trackerCalls = EventKindSet([.trackerRegister, .trackerUnregister])

    /// How far after a row's first event an alike event may come and still join the row: the time column's step
    /// (a row shows one time).
    static let groupSpanNs: Int64 = 1_000_000
}
