import Foundation
import TutorCore
import TutorAnalysis
import TutorTerminal

/// A run as Chrome Trace Event JSON, for ui.perfetto.dev and chrome://tracing.
///
/// One thread track per lane (process and thread names as `M` metadata, in the timeline's order), bars as
/// `X` slices (or `b`/`e` async slices when they would cross), every other event as an instant, queue
/// depth as `C` counters, notes as instants, and each cause→effect link of `CausalLinker` as a flow
/// (`s` … `t` … `f`, one `cat` and `id`, each bound to the marker slice of its event). Times are µs since
/// the run started.
public struct PerfettoExporter {
    public let timeline: Timeline
    public let notes: [Note]
    /// The links without their words: the trace draws arrows, it does not say them.
    let links: [CausalPair]
    let spans: [TimelineSpan]

    public init(timeline: Timeline, notes: [Note] = []) {
        self.timeline = timeline
        self.notes = notes
        links = CausalLinker.pairs(in: timeline)
        spans = TimelineSpans.spans(in: timeline)
    }

    /// The whole file.
    public func data() -> [UInt8] {
        write(into: JSONBytes(capacity: timeline.events.count * 160 + 4096)).bytes
    }

    /// Writes the file at `path` as it is made: the trace of a long run never exists whole in memory.
    public func write(to path: String) throws {
        try ExportFile.stream(to: path, what: Phrase.exportPerfetto.text()) { out in
            out = write(into: out)
        }
    }
}

private extension PerfettoExporter {
    /// The trace, written into `out` (which may drain into a file as it fills).
    func write(into start: JSONBytes) -> JSONBytes {
        let flows = FlowChains(pairs: links, eventCount: timeline.events.count)
        let layout = TraceLayout(timeline: timeline, spans: spans, markerEvents: flows.endpoints(eventCount: timeline.events.count))
        var writer = TraceEventWriter(timeline: timeline, out: start)
        writer.out.raw("{\"displayTimeUnit\":\"ms\",\"otherData\":")
        writeOtherData(&writer.out)
        writer.out.raw(",\"traceEvents\":[\n")
        writer.metadata()
        writer.slices(layout)
        writer.events(layout)
        writer.counters()
        writer.osStates(spans.filter { $0.kind == .osState })
        writer.notes(notes)
        writer.flows(flows, layout: layout)
        writer.out.raw("\n]}\n")
        return writer.out
    }
}

private extension PerfettoExporter {
    func writeOtherData(_ out: inout JSONBytes) {
        let header = timeline.header
        out.raw("{\"generator\":")
        out.string("mp-tutor \(header.mptutorVersion)")
        out.raw(",\"command\":")
        out.string(header.command.joined(separator: " "))
        out.raw(",\"lesson\":")
        out.string(header.lesson ?? "")
        out.raw(",\"python\":")
        out.string(header.python ?? "")
        out.raw(",\"start_method\":")
        out.string(header.startMethod ?? "")
        out.raw(",\"recorded_at\":")
        out.string(header.recordedAt)
        out.raw(",\"events\":")
        out.int(timeline.events.count)
        out.raw(",\"lost_events\":")
        out.int(timeline.lostEvents)
        out.raw(",\"complete\":")
        timeline.problems.isEmpty && timeline.trailer != nil ? out.raw("true") : out.raw("false")
        out.raw("}")
    }
}
