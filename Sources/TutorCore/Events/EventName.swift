/// The number of a process, thread, kind or object name in `EventNames`: what a `TraceEvent` holds instead of
/// the string, so that an event is copied without touching a reference count and compared or hashed as an
/// integer. Equal numbers are equal (sanitized) names and different numbers different names.
public struct EventName: Hashable, Sendable {
    public let rawValue: UInt32

    init(rawValue: UInt32) { self.rawValue = rawValue }

    /// An absent name (an event without an object); never the number of a string, not even of "".
    public static let none = EventName(rawValue: 0)

    /// The name `text` (sanitized here, once per distinct text), numbered on first use.
    public init(_ text: String) { self = EventNames.shared.number(of: text) }

    /// Whether any event this process has read or made could carry a field named `text`: every key is numbered
    /// here before its event exists, so false means no event has one (a rule whose field is absent from the run
    /// skips its pass over the run's events; perf 35). True says only that the text was seen somewhere.
    public static func mayBeKey(_ text: String) -> Bool { EventNames.shared.hasNumbered(text) }

    /// The sanitized text of the name ("" for `none`).
    public var text: String { EventNames.shared.text(of: self) }

    /// The event kind this name spells, when mp-tutor knows it (resolved once per distinct name).
    public var known: EventKind? { EventNames.shared.known(of: self) }

    /// The range a field of this name must lie in (`TranscriptLimits.eventFields`), if any.
    var fieldRange: ClosedRange<Int64>? { EventNames.shared.fieldRange(of: self) }
}
