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
    let links: [CausalLink]
    let spans: [TimelineSpan]

    public init(timeline: Timeline, notes: [Note] = []) {
        self.timeline = timeline
        self.notes = notes
        links = CausalLinker.links(in: timeline)
        spans = TimelineSpans.spans(in: timeline)
    }

    /// The whole file.
    public func data() -> [UInt8] {
        let flows = FlowChains(links: links)
        let layout = TraceLayout(timeline: timeline, spans: spans, markerEvents: flows.endpoints)
        var out = JSONBytes(capacity: timeline.events.count * 160 + 4096)
        out.raw("{\"displayTimeUnit\":\"ms\",\"otherData\":")
        writeOtherData(&out)
        out.raw(",\"traceEvents\":[\n")
        var writer = TraceEventWriter(timeline: timeline, out: out)
        writer.metadata()
        writer.slices(layout)
        writer.events(layout)
        writer.counters()
        writer.osStates(spans.filter { $0.kind == .osState })
        writer.notes(notes)
        writer.flows(flows, layout: layout)
        out = writer.out
        out.raw("\n]}\n")
        return out.bytes
    }

    /// Writes the file at `path`.
    public func write(to path: String) throws {
        try ExportFile.write(data(), to: path, what: Phrase.exportPerfetto.text())
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
