import Foundation
import TutorCore
import TutorAnalysis

/// Draws a timeline for the terminal: a heading, the lanes, the events in time order with note markers,
/// and the notes. Reads only the timeline; the same call serves live runs and replays.
public struct TimelineRenderer {
    public struct Options: Sendable {
        /// Hide multiprocessing's own helper processes (forkserver, resource tracker).
        public var hideInfrastructure = true
        /// Above this many rows, the middle of the run is left out, and the screen says what it left out.
        var maxRows = 400
        /// Show every row, also the middle of a long run (`--full`).
        public var full = false
        /// Wrap a row that is wider than the screen instead of cutting it with "…" (output to a pipe or a file).
        public var wrapsRows = false
        public init() {}
    }

    let timeline: Timeline
    let notes: [Note]
    let painter: Painter
    let options: Options
    var width: Int { max(40, painter.capabilities.width) }

    public init(timeline: Timeline, notes: [Note], capabilities: TerminalCapabilities, options: Options = Options()) {
        self.timeline = timeline
        self.notes = notes
        self.painter = Painter(capabilities: capabilities)
        self.options = options
    }

    /// The whole rendering: lanes, rows and notes.
    public func render() -> String {
        let (list, numbered) = buildRows()
        var out: [String] = []
        out += TextWrapper.fit(completenessWarnings(), width: width)
        let visibleLanes = visibleLaneIndices()
        let columns = columnWidth(lanes: visibleLanes.count)
        if let columns {
            out += columnHeader(visibleLanes, width: columns)
        } else {
            out += TextWrapper.fit(laneLegend(visibleLanes), width: width)
        }
        out += rowLines(list.finished(), lanes: visibleLanes, columnWidth: columns)
        out += lostOnLaneLines(lanes: visibleLanes, columnWidth: columns)
        if !numbered.isEmpty {
            out.append("")
            for (number, note) in numbered.enumerated() {
                let marker = NoteMarker.symbol(number + 1, painter: painter)
                let lines = TextWrapper.wrap(note.text, width: width - 2, indent: "    ", firstIndent: " \(marker) ")
                out += lines.enumerated().map { $0.offset == 0 ? lines[0].replacingFirst(marker, with: painter.paint(marker, .yellow, .bold)) : $0.element }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}

extension TimelineRenderer {
    func visibleLaneIndices() -> [Int] {
        timeline.lanes.indices.filter { !(options.hideInfrastructure && timeline.lanes[$0].isInfrastructure) }
    }

    /// Notes numbered in row order; rows condensed where a lane repeats itself. Only the rows that are
    /// printed are kept: the middle of a long run (unless `--full`) is counted, not stored.
    func buildRows() -> (TimelineRowList, [Note]) {
        // Per event, only array reads: which lanes show, and the next event that has notes.
        var visible = [Bool](repeating: false, count: timeline.lanes.count)
        for lane in visibleLaneIndices() { visible[lane] = true }
        var notesByEvent: [Int: [Note]] = [:]
        for note in notes { notesByEvent[note.eventIndex, default: []].append(note) }
        let noted = notesByEvent.keys.filter { timeline.events.indices.contains($0) }.sorted()
        var nextNoted = 0
        var rows = TimelineRowList(maxRows: options.full ? nil : options.maxRows)
        var numbered: [Note] = []
        // The events read in place, through the array's buffer: `timeline.events[index]` copied each one out of it.
        timeline.events.withUnsafeBufferPointer { events in
            for index in events.indices {
                let lane = timeline.laneOfEvent[index]
                var eventNotes: [Note] = []
                if nextNoted < noted.count, noted[nextNoted] == index {
                    eventNotes = notesByEvent[index] ?? []
                    nextNoted += 1
                }
                guard visible[lane] || !eventNotes.isEmpty else { continue }
                // OS states are drawn as strips in the summary, where their overlap can be seen.
                if events[index].is(.osState), eventNotes.isEmpty { continue }
                // What the resource tracker is told is said in the note at its warning, if it warns (gaps 29B): a Queue
                // alone registers three semaphores under spawn, rows that would say nothing else.
                if events[index].is(anyOf: TimelineRow.trackerCalls), eventNotes.isEmpty { continue }
                // A stop's one row says how long it lasted: its continue adds nothing (gaps 27B).
                if events[index].is(.runContinued), eventNotes.isEmpty { continue }
                // A child's boot with nothing of its own before its start says nothing its start row does not (gaps 24A).
                if events[index].is(.processBoot), eventNotes.isEmpty, StateQueries.isBareBoot(index, in: timeline) { continue }
                // One call, one return row: the `shutdown(wait=True)` row says it returned and how long it waited.
                if eventNotes.isEmpty, returnsIntoShutdownRow(index) { continue }
                // Alike means the same kind on the same object, by the same method: imap submissions are not apply_async ones.
                // (A row's events all have its kind, so its last event's kind is the row's; names compare as numbers.)
                // The open row's fields read where they lie: a copy of it retained and released its strings at every event.
                if eventNotes.isEmpty, rows.last?.lane == lane, let previous = rows.last?.lastEventIndex, let lastT = rows.last?.t,
                   events[index].is(anyOf: TimelineRow.condensable) {
                    // A row shows its first event's time: an event a millisecond or more later (the time column's
                    // step) starts a row of its own, so three puts 50 ms apart do not read as made at one moment.
                    if events[previous].kindName == events[index].kindName,
                       events[previous].objectName == events[index].objectName,
                       events[previous].method == events[index].method,
                       events[index].t - lastT < TimelineRow.groupSpanNs {
                        rows.last?.count += 1
                        rows.last?.lastEventIndex = index
                        continue
                    }
                }
                // Join polls fold into their lane's newest row even when other lanes' rows came after it (a child
                // that prints between two polls); that row's text gives the span they took.
                if eventNotes.isEmpty, events[index].is(anyOf: Self.joinPollKinds), let last = rows.newestRow(ofLane: lane),
                   continuesJoinPolls(index, last: last, events) {
                    rows.growNewestRow(ofLane: lane, to: index)
                    continue
                }
                // A status loop's result(timeout=0) calls fold the same way (gaps 32A).
                if eventNotes.isEmpty, events[index].is(anyOf: Self.resultPollKinds), let last = rows.newestRow(ofLane: lane),
                   continuesResultPolls(index, last: last, events) {
                    rows.growNewestRow(ofLane: lane, to: index)
                    continue
                }
                let firstNumber = numbered.count + 1
                numbered += eventNotes
                rows.append(TimelineRow(eventIndex: index, lastEventIndex: index, t: events[index].t, lane: lane,
                                        kindName: events[index].kindName, count: 1, noteNumbers: firstNumber..<numbered.count + 1))
            }
        }
        return (rows, numbered)
    }

    /// The kinds a run of join polls is made of (tested in place before `continuesJoinPolls`).
    static let joinPollKinds = EventKindSet([.processJoinWait, .threadJoinWait, .processJoin, .threadJoin])

    /// Whether the event at `index` is the end of a `shutdown()` wait whose `executor.shutdown` follows in the same
    /// thread: the tracer writes both when `shutdown(wait=True)` returns, and two "returned" rows read as two calls.
    func returnsIntoShutdownRow(_ index: Int) -> Bool {
        let events = timeline.events
        // The kind tested in place first: only a `shutdown()` wait's end is copied out of the array.
        guard events.withUnsafeBufferPointer({ $0[index].is(.executorWaited) }) else { return false }
        let e = events[index]
        guard e.ok != false, e.string(EventField.call) == "shutdown()" else { return false }
        // The next event of the same thread, looked for over a bounded stretch (other processes' events interleave).
        for next in events[(index + 1)...].prefix(4096) where next.pid == e.pid && next.thread == e.thread {
            return next.is(.executorShutdown) && next.object == e.object
        }
        return false
    }

    /// Puts the events of `row` in words. Done only for the rows that are shown: describing every event
    /// of a long run, to drop most rows afterwards, was a quarter of the time of a replay.
    func described(_ row: TimelineRow, by describer: EventDescriber) -> DescribedRow {
        if let polls = joinPollsText(row, by: describer) {
            return DescribedRow(row: row, text: polls, lastText: nil)
        }
        if let polls = resultPollsText(row) { return DescribedRow(row: row, text: polls, lastText: nil) }
        return DescribedRow(row: row, text: describer.describe(row.eventIndex),
                            lastText: row.count > 1 ? describer.describe(row.lastEventIndex) : nil)
    }

    /// What the record lacks (problems, lost events, silent processes) and which helper lanes are hidden.
    public func completenessWarnings() -> [String] {
        var out: [String] = []
        let warn = painter.symbol("⚠", ascii: "!")
        for problem in timeline.problems { out.append(painter.paint(" \(warn) " + Phrase.warnIncomplete.text(["problem": problem]), .yellow)) }
        if timeline.lostEvents > 0 {
            out.append(painter.paint(" \(warn) " + Phrase.warnLost.text(["n": timeline.lostEvents]), .yellow))
        }
        // Which process lost them and why (gaps 28C): a malformed line is said even when nothing was counted lost.
        for line in LostByProcessWords(timeline).warnings() { out.append(painter.paint("   " + line, .yellow)) }
        if let silent = timeline.trailer?.silentProcesses, !silent.isEmpty {
            out.append(painter.paint(" \(warn) " + Phrase.warnSilent.text(["n": silent.count, "pids": silent.map(String.init).joined(separator: Phrase.listComma.text())]),
                                     .yellow))
        }
        let hidden = timeline.lanes.filter(\.isInfrastructure)
        if options.hideInfrastructure, !hidden.isEmpty {
            // A hidden helper thread is named as its lane would be (`MainProcess · _handle_workers`), not by its
            // process's role: "hidden (child)" read as if a child process were hidden.
            // One name may stand for several lanes (a Manager's handle_request threads): said with their count, and
            // the "more" counts the lanes left unnamed, as the total does (gaps 14A: "10 … hidden (… 4 names, 1 more)").
            var lanes: [String: Int] = [:]
            for lane in hidden { lanes[lane.isMainThread ? Phrase.role(lane.role) : lane.label, default: 0] += 1 }
            let named = lanes.keys.sorted()
            let left = named.dropFirst(4).reduce(0) { $0 + (lanes[$1] ?? 0) }
            let shown = named.prefix(4).map { name in
                (lanes[name] ?? 1) > 1 ? Phrase.helperLanesNamed.text(["name": name, "n": lanes[name] ?? 1]) : name
            } + (left > 0 ? [Phrase.helperLaneMore.text(["n": left])] : [])
            let names = shown.joined(separator: Phrase.listComma.text())
            out.append(painter.paint(" " + Phrase.helpersHidden.text(["n": hidden.count, "names": names]), .dim))
        }
        return out
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
