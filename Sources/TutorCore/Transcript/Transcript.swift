/// A recorded run: header, events in time order, and the trailer (nil when the recording was cut short).
public struct Transcript: Sendable, Equatable {
    public var header: TranscriptHeader
    public var events: [TraceEvent]
    public var trailer: TranscriptTrailer?
    /// Why the transcript is incomplete, when it is (e.g. "the last line (812) was cut off").
    public var problems: [String]

    public init(header: TranscriptHeader, events: [TraceEvent], trailer: TranscriptTrailer?, problems: [String] = []) {
        self.header = header
        self.events = events
        self.trailer = trailer
        self.problems = problems
    }

    /// True when the trailer is present and says so.
    var isComplete: Bool { trailer?.complete == true }
}
