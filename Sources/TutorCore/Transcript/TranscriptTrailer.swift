/// The last line of a complete transcript: counts that let a reader notice anything missing.
/// Its kinds are sanitized as they are stored, like every string read from a transcript.
public struct TranscriptTrailer: Sendable, Equatable {
    /// Always true in a trailer that was written; a transcript without a trailer is incomplete.
    public var complete: Bool
    var eventCount: Int
    /// Events per kind, in order of first appearance.
    public var counts: [(kind: String, count: Int)]
    /// Events the tracer numbered but that never reached the transcript (gaps and cut-off lines).
    public var lostEvents: Int
    /// Processes known to have run (from their parent's records) that wrote no events at all.
    public var silentProcesses: [Int32]
    /// Which processes lost the `lostEvents`, how many each and why (gaps 28C); empty in older transcripts.
    public var lostByProcess: [ProcessLoss] = []
    public var run: RunFacts

    public init(complete: Bool = true, eventCount: Int, counts: [(kind: String, count: Int)], lostEvents: Int = 0,
                silentProcesses: [Int32] = [], run: RunFacts) {
        self.complete = complete
        self.eventCount = eventCount
        self.counts = counts.map { (TextSanitizer.line($0.kind), $0.count) }
        self.lostEvents = lostEvents
        self.silentProcesses = silentProcesses
        self.run = run
    }

    public static func == (lhs: TranscriptTrailer, rhs: TranscriptTrailer) -> Bool {
        lhs.complete == rhs.complete && lhs.eventCount == rhs.eventCount
            && lhs.counts.map(\.kind) == rhs.counts.map(\.kind) && lhs.counts.map(\.count) == rhs.counts.map(\.count)
            && lhs.lostEvents == rhs.lostEvents && lhs.silentProcesses == rhs.silentProcesses && lhs.lostByProcess == rhs.lostByProcess && lhs.run == rhs.run
    }

    /// Builds the trailer for a list of events.
    public static func summarizing(_ events: [TraceEvent], lostEvents: Int, silentProcesses: [Int32],
                                   lostByProcess: [ProcessLoss] = [], run: RunFacts) -> TranscriptTrailer {
        // Kinds as numbers (a name's number stands for its text): one small hash per event, no string.
        var order: [(kind: EventName, count: Int)] = []
        var place: [EventName: Int] = [:]
        for event in events {
            if let index = place[event.kindName] {
                order[index].count += 1
            } else {
                place[event.kindName] = order.count
                order.append((event.kindName, 1))
            }
        }
        var trailer = TranscriptTrailer(eventCount: events.count, counts: order.map { ($0.kind.text, $0.count) },
                                        lostEvents: lostEvents, silentProcesses: silentProcesses, run: run)
        trailer.lostByProcess = Array(lostByProcess.prefix(ProcessLoss.limit))
        return trailer
    }
}
