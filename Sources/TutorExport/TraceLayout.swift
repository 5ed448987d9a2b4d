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
    /// Marker duration (ns, 1…1000) per event index, 0 for an event without a marker: one array, not a
    /// dictionary, since a long run has hundreds of thousands of markers.
    private var markerLengths: [UInt16]

    static let markerNs: Int64 = 1_000

    /// - Parameter markerEvents: the events that get a marker, in increasing order.
    init(timeline: Timeline, spans: [TimelineSpan], markerEvents: [Int]) {
        markerLengths = [UInt16](repeating: 0, count: timeline.events.count)
        var byLane = Array(repeating: [TimelineSpan](), count: timeline.lanes.count)
        for span in spans where span.kind != .osState { byLane[span.lane].append(span) }
        var markersByLane = Array(repeating: [Int](), count: timeline.lanes.count)
        for event in markerEvents { markersByLane[timeline.laneOfEvent[event]].append(event) }
        for lane in byLane.indices {
            let nested = Self.nest(byLane[lane].sorted { ($0.startT, $1.endT) < ($1.startT, $0.endT) })
            slices += nested.kept
            crossing += nested.crossing
            // Each marker ends at the first bar edge or marker after it (repeated times do no harm: the
            // search below skips every time up to the marker's own).
            let times = markersByLane[lane].map { timeline.events[$0].t }
            var boundaries = times
            boundaries.reserveCapacity(times.count + nested.kept.count * 2)
            for span in nested.kept {
                boundaries.append(span.startT)
                boundaries.append(span.endT)
            }
            boundaries.sort()
            var cursor = 0
            for (event, t) in zip(markersByLane[lane], times) {
                while cursor < boundaries.count, boundaries[cursor] <= t { cursor += 1 }
                let next = cursor < boundaries.count ? boundaries[cursor] : t + Self.markerNs
                markerLengths[event] = UInt16(max(1, min(Self.markerNs, next - t)))
            }
        }
    }

    /// The duration (ns) of the marker slice of event `index`, nil when the event has none.
    func markerDuration(_ index: Int) -> Int64? {
        let ns = markerLengths[index]
        return ns == 0 ? nil : Int64(ns)
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
