import TutorCore
import TutorAnalysis

/// Two layouts: one column per lane when the terminal is wide enough, else one row per event with the
/// lane's name in front.
extension TimelineRenderer {
    /// Columns of the time at the start of each row.
    public static let timeWidth = 9
    static let minimumColumn = 20

    func columnWidth(lanes: Int) -> Int? {
        guard lanes > 0 else { return nil }
        let column = (width - Self.timeWidth) / lanes
        return column >= Self.minimumColumn ? min(column, 44) : nil
    }

    func laneStyle(_ lane: Int) -> TextStyle {
        let palette: [TextStyle] = [.blue, .green, .magenta, .cyan, .yellow, .red]
        return palette[lane % palette.count]
    }

    func laneTitle(_ lane: Lane) -> String {
        lane.isMainThread ? Format.namePid(lane.shownName, lane.pid) : lane.label
    }

    func columnHeader(_ lanes: [Int], width column: Int) -> [String] {
        var line = Phrase.timelineTime.text().padded(toWidth: Self.timeWidth)
        for lane in lanes {
            line += painter.paint(laneTitle(timeline.lanes[lane]).truncated(toWidth: column - 1).padded(toWidth: column), laneStyle(lane), .bold)
        }
        return [painter.paint(line, .bold)]
    }

    func laneLegend(_ lanes: [Int]) -> [String] {
        var out = [painter.paint(" " + Phrase.timelineLanes.text(), .bold)]
        for lane in lanes {
            let l = timeline.lanes[lane]
            let roles = ["main": Phrase.laneMainProgram, "child": .laneChild, "other": .laneOther]
            let role = l.isMainThread ? (roles[l.role]?.text() ?? Phrase.role(l.role)) : Phrase.laneThread.text(["name": l.thread])
            out.append("   " + painter.paint(l.label, laneStyle(lane), .bold) + painter.paint("  pid \(l.pid) · \(role)", .dim))
        }
        out.append("")
        return out
    }

    /// A row's text in `room` columns: cut with "…" on a screen, wrapped (continuation lines 2 narrower) for a pipe.
    /// One wrap of the whole text, so a long word or CJK text broken across lines gets no space added inside it
    /// (joining the first wrap's lines with spaces and wrapping again put one in every line of a long print).
    func fitted(_ text: String, room: Int) -> [String] {
        guard options.wrapsRows, text.displayWidth > room else { return [text.truncated(toWidth: room)] }
        let hang = "  "
        let lines = TextWrapper.wrap(text, width: room, indent: hang, firstIndent: "")
        guard let first = lines.first else { return [""] }
        // the caller puts continuation lines under the row, 2 columns in: the wrapper's indent is that hang
        return [first] + lines.dropFirst().map { $0.hasPrefix(hang) ? String($0.dropFirst(hang.count)) : $0 }
    }

    func rowLines(_ kept: (rows: [TimelineRow], leftOut: LeftOutRows?, at: Int), lanes: [Int], columnWidth column: Int?) -> [String] {
        let labelWidth = min(max(16, width / 4), lanes.map { timeline.lanes[$0].label.displayWidth }.max() ?? 10)
        let describer = EventDescriber(timeline: timeline, painter: painter)
        var out: [String] = []
        for (position, shownRow) in kept.rows.enumerated() {
            if position == kept.at, let leftOut = kept.leftOut {
                out += leftOutLines(leftOut)
            }
            let row = shownRow
            let time = painter.paint(String(format3: Double(row.t) / 1e9).padded(toWidth: Self.timeWidth - 1) + " ", .dim)
            let markers = row.noteNumbers.map { NoteMarker.symbol($0, painter: painter) }.joined()
            let markerText = markers.isEmpty ? "" : " " + painter.paint(markers, .yellow, .bold)
            let text = described(shownRow, by: describer).display(painter)
            if let column, let slot = lanes.firstIndex(of: row.lane) {
                let indent = String(repeating: " ", count: slot * column)
                let room = width - Self.timeWidth - slot * column - markers.displayWidth - 1
                let pieces = fitted(text, room: max(8, room))
                out.append(time + indent + painter.paint(pieces[0], laneStyle(row.lane)) + markerText)
                let hang = String(repeating: " ", count: Self.timeWidth) + indent + "  "
                out += pieces.dropFirst().map { hang + painter.paint($0, laneStyle(row.lane)) }
            } else {
                let label = timeline.lanes[row.lane].label.truncated(toWidth: labelWidth).padded(toWidth: labelWidth)
                let room = width - Self.timeWidth - labelWidth - 2 - markers.displayWidth - 1
                let pieces = fitted(text, room: max(8, room))
                out.append(time + painter.paint(label, laneStyle(row.lane)) + "  " + pieces[0] + markerText)
                let hang = String(repeating: " ", count: Self.timeWidth + labelWidth + 4)
                out += pieces.dropFirst().map { hang + $0 }
            }
        }
        return out
    }

    /// What the middle of a long timeline holds, said where it is left out: how many rows and events,
    /// the time they span, the kinds of event most of them are, and the notes among them.
    func leftOutLines(_ hidden: LeftOutRows) -> [String] {
        let events = hidden.events, notes = hidden.notes
        let what = leftOutKindWords(hidden.eventsByKind)
        let from = hidden.firstT ?? 0, to = hidden.lastEventIndex.map { timeline.events[$0].t } ?? 0
        let text = Phrase.rowsLeftOut.text([
            "rows": hidden.rows, "events": events, "from": String(format3: Double(from) / 1e9), "to": String(format3: Double(to) / 1e9),
            "notes": notes == 0 ? "" : Phrase.rowsLeftOutNotes.text(["n": notes]), "what": what.joined(separator: Phrase.evComma.text()),
        ])
        return TextWrapper.wrap(text, width: width - 1, indent: "     ", firstIndent: "   \(painter.symbol("⋮", ascii: ":")) ")
            .map { painter.paint($0, .yellow) }
    }
}
