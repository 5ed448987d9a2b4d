import TutorCore
import TutorAnalysis
import TutorTerminal

/// Everything the HTML page shows, computed in Swift from the same models the terminal uses, then
/// written as one JSON document that the page's script reads. The script never builds markup from this
/// data: it puts text into elements with `textContent`, so no string of the run can become markup.
struct HTMLPageData {
    var timeline: Timeline
    var notes: [Note]
    var links: [CausalLink]
    var spans: [TimelineSpan]
    var claims: ClaimReport?
    var title: String
    var lessonSummary: String?
    var heading: String
    var summary: String
    var warnings: [String]
    var language: String
    /// Each event in words, as the terminal's timeline says it.
    var descriptions: [String]
    /// The step view's state panel after each step, delta-encoded (see `PanelFrames`).
    var panel: PanelFrames

    /// The page never draws more than this many events at once in full; above it draws what is in view.
    static let fullDrawLimit = 10_000

    func json() -> [UInt8] {
        var out = JSONBytes(capacity: timeline.events.count * 120 + 8192)
        out.raw("{\"ui\":{")
        for (n, entry) in HTMLStrings.table(for: language).enumerated() {
            if n > 0 { out.raw(",") }
            out.string(entry.key)
            out.raw(":")
            out.string(entry.text)
        }
        out.raw("},\"title\":")
        out.string(title)
        out.raw(",\"lessonSummary\":")
        out.string(lessonSummary ?? "")
        out.raw(",\"heading\":")
        out.string(heading)
        out.raw(",\"summary\":")
        out.string(summary)
        out.raw(",\"warnings\":")
        strings(warnings, &out)
        out.raw(",\"fullDrawLimit\":")
        out.int(Self.fullDrawLimit)
        out.raw(",\"duration\":")
        out.microseconds(max(timeline.durationNs, 1))
        lanes(&out)
        events(&out)
        spanList(&out)
        linkList(&out)
        noteList(&out)
        claimList(&out)
        counters(&out)
        out.raw(",\"panel\":")
        panel.write(&out)
        out.raw("}")
        return out.bytes
    }
}

private extension HTMLPageData {
    func strings(_ list: [String], _ out: inout JSONBytes) {
        out.raw("[")
        for (n, text) in list.enumerated() {
            if n > 0 { out.raw(",") }
            out.string(text)
        }
        out.raw("]")
    }

    func lanes(_ out: inout JSONBytes) {
        // gaps 30B, 31C: each process's lost events on each of its lanes, with no time (the record has none)
        let lost = LaneLoss(timeline)
        out.raw(",\"lanes\":[")
        for (n, lane) in timeline.lanes.enumerated() {
            if n > 0 { out.raw(",") }
            out.raw("{\"label\":")
            out.string(lane.isMainThread ? "\(lane.process) \(lane.pid)" : lane.label)
            out.raw(",\"pid\":")
            out.int(Int64(lane.pid))
            out.raw(",\"thread\":")
            out.string(lane.thread)
            out.raw(",\"role\":")
            out.string(lane.role)
            out.raw(",\"helper\":")
            lane.isInfrastructure ? out.raw("true") : out.raw("false")
            if let sentence = lost.sentence(lane: n, warn: "⚠"), let mark = lost.mark(lane: n, warn: "⚠") {
                out.raw(",\"lost\":")
                out.string(sentence)
                out.raw(",\"lostShort\":")
                out.string(mark)
            }
            out.raw("}")
        }
        out.raw("]")
    }

    /// Columns: time (µs), lane, kind, words.
    func events(_ out: inout JSONBytes) {
        out.raw(",\"events\":{\"t\":[")
        for (n, event) in timeline.events.enumerated() {
            if n > 0 { out.raw(",") }
            out.microseconds(event.t)
        }
        out.raw("],\"lane\":[")
        for (n, lane) in timeline.laneOfEvent.enumerated() {
            if n > 0 { out.raw(",") }
            out.int(lane)
        }
        out.raw("],\"kind\":")
        strings(timeline.events.map(\.kind), &out)
        out.raw(",\"text\":")
        strings(descriptions, &out)
        out.raw("}")
    }

    /// `[kind, lane, start µs, end µs, open, label]`.
    func spanList(_ out: inout JSONBytes) {
        out.raw(",\"spans\":[")
        for (n, span) in spans.enumerated() {
            if n > 0 { out.raw(",\n") }
            out.raw("[")
            out.string(span.kind.rawValue)
            out.raw(",")
            out.int(span.lane)
            out.raw(",")
            out.microseconds(span.startT)
            out.raw(",")
            out.microseconds(span.endT)
            out.raw(span.isOpen ? ",1," : ",0,")
            out.string(span.label)
            out.raw("]")
        }
        out.raw("]")
    }

    /// `[cause, effect, kind, words]`.
    func linkList(_ out: inout JSONBytes) {
        out.raw(",\"links\":[")
        for (n, link) in links.enumerated() {
            if n > 0 { out.raw(",\n") }
            out.raw("[")
            out.int(link.cause)
            out.raw(",")
            out.int(link.effect)
            out.raw(",")
            out.string(link.kind.rawValue)
            out.raw(",")
            out.string(link.text)
            out.raw("]")
        }
        out.raw("]")
    }

    /// `[number, event, words, source]`, numbered as the terminal numbers them.
    func noteList(_ out: inout JSONBytes) {
        out.raw(",\"notes\":[")
        for (n, note) in notes.enumerated() {
            if n > 0 { out.raw(",\n") }
            out.raw("[")
            out.int(n + 1)
            out.raw(",")
            out.int(note.eventIndex)
            out.raw(",")
            out.string(note.text)
            out.raw(",")
            out.string(note.source.rawValue)
            out.raw("]")
        }
        out.raw("]")
    }

    func claimList(_ out: inout JSONBytes) {
        out.raw(",\"claims\":[")
        for (n, entry) in (claims?.entries ?? []).enumerated() {
            if n > 0 { out.raw(",") }
            out.raw("{\"text\":")
            out.string(entry.text)
            out.raw(",\"passed\":")
            entry.outcome.passed ? out.raw("true") : out.raw("false")
            out.raw(",\"observed\":")
            // What the run showed, in words: never the claim's query text.
            out.string(entry.outcome.observation.inWords())
            out.raw("}")
        }
        out.raw("]")
    }

    /// Queue depth per queue: `{label, points: [[t µs, depth, event]]}`.
    func counters(_ out: inout JSONBytes) {
        var order: [String] = []
        var points: [String: [(Int64, Int, Int)]] = [:]
        for change in QueueAnalysis.depthChanges(timeline) {
            if points[change.label] == nil { order.append(change.label) }
            points[change.label, default: []].append((timeline.events[change.event].t, change.depth, change.event))
        }
        out.raw(",\"counters\":[")
        for (n, label) in order.enumerated() {
            if n > 0 { out.raw(",") }
            out.raw("{\"label\":")
            out.string(label)
            out.raw(",\"points\":[")
            for (m, point) in points[label]!.enumerated() {
                if m > 0 { out.raw(",") }
                out.raw("[")
                out.microseconds(point.0)
                out.raw(",")
                out.int(point.1)
                out.raw(",")
                out.int(point.2)
                out.raw("]")
            }
            out.raw("]}")
        }
        out.raw("]")
    }
}
