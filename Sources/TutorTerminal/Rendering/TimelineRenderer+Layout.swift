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
        lane.isMainThread ? "\(lane.process) \(lane.pid)" : lane.label
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
            let role = l.isMainThread ? (roles[l.role]?.text() ?? l.role) : Phrase.laneThread.text(["name": l.thread])
            out.append("   " + painter.paint(l.label, laneStyle(lane), .bold) + painter.paint("  pid \(l.pid) · \(role)", .dim))
        }
        out.append("")
        return out
    }

    /// A row's text in `room` columns: cut with "…" on a screen, wrapped (continuation lines 2 narrower) for a pipe.
    func fitted(_ text: String, room: Int) -> [String] {
        guard options.wrapsRows, text.displayWidth > room else { return [text.truncated(toWidth: room)] }
        let first = TextWrapper.wrap(text, width: room)
        guard first.count > 1 else { return first.isEmpty ? [""] : first }
        let rest = TextWrapper.wrap(first.dropFirst().joined(separator: " "), width: max(8, room - 2))
        return [first[0]] + rest
    }

    func rowLines(_ rows: [TimelineRow], lanes: [Int], columnWidth column: Int?) -> [String] {
        let labelWidth = min(max(16, width / 4), lanes.map { timeline.lanes[$0].label.displayWidth }.max() ?? 10)
        var shown = rows.indices.map { $0 }
        var skippedAt: Int?
        if rows.count > options.maxRows, !options.full {
            let head = options.maxRows * 3 / 5, tail = options.maxRows - head
            shown = Array(0..<head) + Array((rows.count - tail)..<rows.count)
            skippedAt = head
        }
        var out: [String] = []
        for (position, rowIndex) in shown.enumerated() {
            if position == skippedAt {
                let hidden = rows[position..<(rows.count - (shown.count - position))]
                let events = hidden.reduce(0) { $0 + $1.count }
                out.append(painter.paint("   \(painter.symbol("⋮", ascii: ":")) " + Phrase.rowsLeftOut.text(["rows": hidden.count, "events": events]),
                                         .yellow))
            }
            let row = rows[rowIndex]
            let time = painter.paint(String(format3: Double(row.t) / 1e9).padded(toWidth: Self.timeWidth - 1) + " ", .dim)
            let markers = row.noteNumbers.map { NoteMarker.symbol($0, painter: painter) }.joined()
            let markerText = markers.isEmpty ? "" : " " + painter.paint(markers, .yellow, .bold)
            let text = row.display(painter)
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
}
