import TutorCore
import TutorAnalysis
import TutorTerminal

/// Where each slice of a Perfetto trace goes, so that slices on one thread nest as the Trace Event format
/// requires (two slices of a thread are disjoint or one lies inside the other).
///
/// Bars come from `TimelineSpans`. A bar that would cross another on its thread (lock A released while lock
/// B, taken later, is still held) is not clipped: it becomes an async slice on its own track. Every event
/// that a cause→effect arrow starts or ends at gets a short "marker" slice of its own, at its real time,
/// no longer than 1 µs and never crossing a bar's edge, for the arrow to bind to.
struct TraceLayout {
    /// A bar that nests on its thread.
    var slices: [TimelineSpan] = []
    /// Bars that would cross another: drawn as async slices.
    var crossing: [TimelineSpan] = []
    /// Marker duration (ns, ≥ 1) per event index that has a marker.
    var markerDuration: [Int: Int64] = [:]

    static let markerNs: Int64 = 1_000

    init(timeline: Timeline, spans: [TimelineSpan], markerEvents: Set<Int>) {
        var byLane = Array(repeating: [TimelineSpan](), count: timeline.lanes.count)
        for span in spans where span.kind != .osState { byLane[span.lane].append(span) }
        var markersByLane = Array(repeating: [Int](), count: timeline.lanes.count)
        for event in markerEvents.sorted() { markersByLane[timeline.laneOfEvent[event]].append(event) }
        for lane in byLane.indices {
            let nested = Self.nest(byLane[lane].sorted { ($0.startT, $1.endT) < ($1.startT, $0.endT) })
            slices += nested.kept
            crossing += nested.crossing
            var boundaries = Array(Set(nested.kept.flatMap { [$0.startT, $0.endT] })).sorted()
            let times = markersByLane[lane].map { timeline.events[$0].t }
            boundaries = Array(Set(boundaries + times)).sorted()
            var cursor = 0
            for (event, t) in zip(markersByLane[lane], times) {
                while cursor < boundaries.count, boundaries[cursor] <= t { cursor += 1 }
                let next = cursor < boundaries.count ? boundaries[cursor] : t + Self.markerNs
                markerDuration[event] = max(1, min(Self.markerNs, next - t))
            }
        }
    }

    /// Keeps the bars that nest (in start order, longest first), sets aside those that would cross a kept one.
    static func nest(_ sorted: [TimelineSpan]) -> (kept: [TimelineSpan], crossing: [TimelineSpan]) {
        var kept: [TimelineSpan] = []
        var crossing: [TimelineSpan] = []
        var open: [TimelineSpan] = []
        for span in sorted {
            while let top = open.last, top.endT <= span.startT { open.removeLast() }
            if let top = open.last, span.endT > top.endT {
                crossing.append(span)
                continue
            }
            open.append(span)
            kept.append(span)
        }
        return (kept, crossing)
    }
}
