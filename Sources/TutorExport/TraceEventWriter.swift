import TutorCore
import TutorAnalysis
import TutorTerminal

/// Writes the `traceEvents` array of a Perfetto export, one event object per line.
struct TraceEventWriter {
    let timeline: Timeline
    var out: JSONBytes
    /// Thread ids: a lane's main thread uses its pid (as the OS does), other threads a number no pid reaches.
    let tids: [Int64]
    /// Each lane's pid and tid, written once: `"pid":1,"tid":2`.
    private let laneIDs: [[UInt8]]
    private var first = true

    static let threadBase: Int64 = 1_000_000_000
    static let osStateBase: Int64 = 1_500_000_000

    init(timeline: Timeline, out: JSONBytes) {
        self.timeline = timeline
        self.out = out
        tids = timeline.lanes.enumerated().map { $1.isMainThread ? Int64($1.pid) : Self.threadBase + Int64($0) }
        laneIDs = timeline.lanes.indices.map { i in
            Array("\"pid\":\(timeline.lanes[i].pid),\"tid\":\(timeline.lanes[i].isMainThread ? Int64(timeline.lanes[i].pid) : Self.threadBase + Int64(i))".utf8)
        }
    }

    /// Process and thread names and their order, as `M` events.
    mutating func metadata() {
        var named: Set<Int32> = []
        // gaps 30B: a process's lost events in its name, the one place of a trace that has no time
        let lost = StatePanel.lostEvents(in: timeline)
        let laneLoss = LaneLoss(timeline)
        for (i, lane) in timeline.lanes.enumerated() {
            if named.insert(lane.pid).inserted {
                meta("process_name", lane: i)
                out.raw(",\"args\":{\"name\":")
                let loss = lost[lane.pid].map { " " + ($0 == 1 ? Phrase.laneLostOne.text(["warn": "⚠"]) : Phrase.laneLost.text(["warn": "⚠", "n": $0])) }
                out.string("\(lane.process) (\(lane.role))" + (loss ?? ""))
                out.raw("}}")
                meta("process_sort_index", lane: i)
                out.raw(",\"args\":{\"sort_index\":")
                out.int(named.count)
                out.raw("}}")
            }
            meta("thread_name", lane: i)
            out.raw(",\"args\":{\"name\":")
            // gaps 31C: and on each thread of it, which the record cannot tell apart in its losses
            out.string(lane.label + (lane.isInfrastructure ? " (helper)" : "") + (laneLoss.mark(lane: i, warn: "⚠").map { " " + $0 } ?? ""))
            out.raw("}}")
            meta("thread_sort_index", lane: i)
            out.raw(",\"args\":{\"sort_index\":")
            out.int(i)
            out.raw("}}")
        }
    }

    /// Bars: nesting ones as `X`, crossing ones as async `b`/`e` pairs.
    mutating func slices(_ layout: TraceLayout) {
        for span in layout.slices {
            begin("X", name: span.label, lane: span.lane, cat: span.kind.rawValue, ts: span.startT)
            out.raw(",\"dur\":")
            out.microseconds(span.durationNs)
            spanArgs(span)
        }
        for (n, span) in layout.crossing.enumerated() {
            begin("b", name: span.label, lane: span.lane, cat: span.kind.rawValue, ts: span.startT)
            out.raw(",\"id\":")
            out.int(n + 1)
            spanArgs(span)
            begin("e", name: span.label, lane: span.lane, cat: span.kind.rawValue, ts: span.endT)
            out.raw(",\"id\":")
            out.int(n + 1)
            out.raw("}")
        }
    }

    /// Every event: a marker `X` slice where an arrow binds, else a thread-scoped instant.
    mutating func events(_ layout: TraceLayout) {
        // Names and keys are written from literals made once per distinct name; values as they come.
        var cache = TraceNameCache()
        for (i, event) in timeline.events.enumerated() where !event.is(.osState) {
            separator()
            if let duration = layout.markerDuration(i) {
                out.raw("{\"ph\":\"X\",\"name\":")
                out.quoted(cache.eventName(of: event))
                out.raw(",\"cat\":\"event\"")
                common(lane: timeline.laneOfEvent[i], cat: nil, ts: event.t)
                out.raw(",\"dur\":")
                out.microseconds(duration)
            } else {
                out.raw("{\"ph\":\"i\",\"name\":")
                out.quoted(cache.eventName(of: event))
                out.raw(",\"cat\":\"event\"")
                common(lane: timeline.laneOfEvent[i], cat: nil, ts: event.t)
                out.raw(",\"s\":\"t\"")
            }
            out.raw(",\"args\":{\"seq\":")
            out.int(event.seq)
            event.forEachField { key, value in
                out.raw(",")
                out.quoted(cache.key(key))
                out.raw(":")
                out.value(value)
            }
            out.raw("}}")
        }
    }

    /// Queue depth, one counter track per queue, in the main process.
    mutating func counters() {
        guard let lane = timeline.lanes.indices.first else { return }
        for change in QueueAnalysis.depthChanges(timeline) {
            separator()
            out.raw("{\"ph\":\"C\",\"name\":")
            out.string("\(change.label) items")
            out.raw(",\"pid\":")
            out.int(Int64(timeline.lanes[lane].pid))
            out.raw(",\"tid\":")
            out.int(tids[lane])
            out.raw(",\"ts\":")
            out.microseconds(timeline.events[change.event].t)
            out.raw(",\"args\":{\"items\":")
            out.int(change.depth)
            out.raw("}}")
        }
    }

    /// Sampled OS states, on one extra track per process.
    mutating func osStates(_ spans: [TimelineSpan]) {
        var named: Set<Int32> = []
        for span in spans {
            let pid = timeline.lanes[span.lane].pid
            let tid = Self.osStateBase + Int64(pid)
            if named.insert(pid).inserted {
                separator()
                out.raw("{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":")
                out.int(Int64(pid))
                out.raw(",\"tid\":")
                out.int(tid)
                out.raw(",\"args\":{\"name\":\"OS state (sampled)\"}}")
            }
            separator()
            out.raw("{\"ph\":\"X\",\"cat\":\"os\",\"name\":")
            out.string(span.label)
            out.raw(",\"pid\":")
            out.int(Int64(pid))
            out.raw(",\"tid\":")
            out.int(tid)
            out.raw(",\"ts\":")
            out.microseconds(span.startT)
            out.raw(",\"dur\":")
            out.microseconds(span.durationNs)
            out.raw("}")
        }
    }

    /// The lesson's and the generic notes, numbered as on screen, as instants on their event's lane.
    mutating func notes(_ notes: [Note]) {
        for (n, note) in notes.enumerated() where timeline.events.indices.contains(note.eventIndex) {
            begin("i", name: "note \(n + 1)", lane: timeline.laneOfEvent[note.eventIndex], cat: "note",
                  ts: timeline.events[note.eventIndex].t)
            out.raw(",\"s\":\"t\",\"args\":{\"text\":")
            out.string(note.text)
            out.raw("}}")
        }
    }

    /// Each chain as `s`, `t`…, `f` events sharing `cat` and `id`, each inside its event's marker slice.
    mutating func flows(_ flows: FlowChains, layout: TraceLayout) {
        for n in 0..<flows.count {
            let (kind, events) = flows.chain(n)
            let last = events.endIndex - 1
            for position in events.indices {
                let event = Int(events[position])
                let phase: StaticString = position == events.startIndex ? "s" : (position == last ? "f" : "t")
                let t = timeline.events[event].t + (layout.markerDuration(event) ?? 0) / 2
                begin(phase, name: kind.rawValue, lane: timeline.laneOfEvent[event], cat: "cause", ts: t)
                out.raw(",\"id\":")
                out.int(n + 1)
                if position > events.startIndex, position == last { out.raw(",\"bp\":\"e\"") }
                out.raw("}")
            }
        }
    }
}

private extension TraceEventWriter {
    mutating func separator() {
        if first { first = false } else { out.raw(",\n") }
        out.drain()
    }

    /// Opens an event object up to its common fields; the caller adds the rest and the closing brace.
    mutating func begin(_ phase: StaticString, name: String, lane: Int, cat: String? = nil, ts: Int64? = nil) {
        separator()
        out.raw("{\"ph\":\"")
        out.raw(phase)
        out.raw("\",\"name\":")
        out.string(name)
        common(lane: lane, cat: cat, ts: ts)
    }

    mutating func common(lane: Int, cat: String?, ts: Int64?) {
        if let cat {
            out.raw(",\"cat\":")
            out.string(cat)
        }
        out.raw(",")
        out.quoted(laneIDs[lane])
        if let ts {
            out.raw(",\"ts\":")
            out.microseconds(ts)
        }
    }

    /// `begin` for metadata, which has no time.
    mutating func meta(_ name: StaticString, lane: Int) {
        separator()
        out.raw("{\"ph\":\"M\",\"name\":\"")
        out.raw(name)
        out.raw("\",")
        out.quoted(laneIDs[lane])
    }

    mutating func spanArgs(_ span: TimelineSpan) {
        out.raw(",\"args\":{\"open\":")
        span.isOpen ? out.raw("true") : out.raw("false")
        out.raw("}}")
    }
}
