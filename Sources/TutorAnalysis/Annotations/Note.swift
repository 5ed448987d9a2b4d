import TutorCore

/// An explanation attached to one event of a timeline.
public struct Note: Sendable, Equatable {
    public enum Source: String, Sendable { case lesson, rule }
    /// Index of the event in `Timeline.events`.
    public var eventIndex: Int
    public var text: String
    public var source: Source
}
