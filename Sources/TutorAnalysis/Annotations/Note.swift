import TutorCore

/// An explanation attached to one event of a timeline.
public struct Note: Sendable, Equatable {
    public enum Source: String, Sendable { case lesson, rule }
    /// Index of the event in `Timeline.events`.
    public var eventIndex: Int
    public var text: String
    public var source: Source
    /// What the note says; `kind.statesCause` notes must carry a premise.
    public var kind: NoteKind
    /// What must hold in the state model for the note's stated cause to be true; nil for a note that only
    /// restates its own event. `InvariantChecker` evaluates it on the state at the note's step.
    public var premise: NotePremise?

    public init(eventIndex: Int, text: String, source: Source, kind: NoteKind, premise: NotePremise? = nil) {
        self.eventIndex = eventIndex
        self.text = text
        self.source = source
        self.kind = kind
        self.premise = premise
    }
}
