import TutorCore
import TutorAnalysis

/// The lanes at this instant: one row per lane, its label, then a bar for the whole run with this
/// event's time marked, so the learner sees where in the run they stand and who was active around it.
extension StepScreen {
    /// The time axis line and the lane rows, in at most `maxRows` lines.
    func laneLines(maxRows: Int) -> [String] {
        guard maxRows > 0 else { return [] }
        let current = model.timeline.laneOfEvent[step]
        var lanes = model.visibleLanes
        if !lanes.contains(current) { lanes = (lanes + [current]).sorted() }
        let labelWidth = min(lanes.map { model.timeline.lanes[$0].label.displayWidth }.max() ?? 8, max(12, width / 4))
        // gaps 30B: a process's lost events after its lane's bar (the bars shorten alike, so times stay aligned)
        let lost = lostMarks(lanes)
        let markWidth = lost.values.map { $0.displayWidth + 1 }.max() ?? 0
        let barWidth = max(10, width - labelWidth - 4 - markWidth)
        let cursor = column(of: model.timeline.events[step].t, barWidth: barWidth)
        var out = [axisLine(labelWidth: labelWidth, barWidth: barWidth, cursor: cursor)]
        let room = maxRows - 1
        var shown = lanes
        var left = 0
        if lanes.count > room {
            // Keep the current lane in view; say how many others are left out.
            let keep = max(1, room - 1)
            let position = lanes.firstIndex(of: current) ?? 0
            let start = min(max(0, position - keep / 2), lanes.count - keep)
            shown = Array(lanes[start..<(start + keep)])
            left = lanes.count - keep
        }
        for lane in shown.prefix(max(0, room)) {
            out.append(laneRow(lane, current: lane == current, labelWidth: labelWidth, barWidth: barWidth, cursor: cursor)
                + (lost[lane].map { " " + painter.paint($0, .yellow) } ?? ""))
        }
        if left > 0, room > 1 {
            out.append(painter.paint("   \(painter.symbol("…", ascii: "...")) " + Phrase.stepMoreLanes.text(["n": left]), .dim))
        }
        return out
    }
}

private extension StepScreen {
    /// "⚠ 3 lost, when not known" by lane: every lane of each process that lost events (gaps 31C).
    func lostMarks(_ lanes: [Int]) -> [Int: String] {
        let loss = LaneLoss(model.timeline)
        guard !loss.isEmpty else { return [:] }
        var marks: [Int: String] = [:]
        for lane in lanes {
            marks[lane] = loss.mark(lane: lane, warn: painter.symbol("⚠", ascii: "!"))
        }
        return marks
    }

    /// The column of the bar that shows time `t`.
    func column(of t: Int64, barWidth: Int) -> Int {
        LaneColumns.column(of: t, duration: model.timeline.durationNs, barWidth: barWidth)
    }

    /// ` lanes   0 s        ▼ 1.007 s        4.021 s`: where the marker stands on the run's time axis.
    func axisLine(labelWidth: Int, barWidth: Int, cursor: Int) -> String {
        var cells = [Character](repeating: " ", count: barWidth)
        var taken = [Bool](repeating: false, count: barWidth)
        func place(_ text: String, at start: Int) -> Bool {
            let characters = Array(text)
            guard start >= 0, start + characters.count <= barWidth,
                  !taken[max(0, start - 1)..<min(barWidth, start + characters.count + 1)].contains(true) else { return false }
            for (offset, character) in characters.enumerated() {
                cells[start + offset] = character
                taken[start + offset] = true
            }
            return true
        }
        let now = Format.seconds(model.timeline.events[step].t)
        let arrow = painter.cell("▼", ascii: "v")
        if !place("\(arrow) \(now)", at: cursor) { _ = place("\(now) \(arrow)", at: cursor - now.count - 1) || place(arrow, at: cursor) }
        _ = place("0 s", at: 0)
        let end = Format.seconds(model.timeline.durationNs)
        _ = place(end, at: barWidth - end.count)
        let label = (" " + Phrase.stepLanesTitle.text()).padded(toWidth: labelWidth + 3)
        return painter.paint(label, .bold) + painter.paint(String(cells), .dim)
    }

    func laneRow(_ lane: Int, current: Bool, labelWidth: Int, barWidth: Int, cursor: Int) -> String {
        let style = Self.laneStyle(lane)
        var cells = [(Character, [TextStyle])](repeating: (" ", []), count: barWidth)
        if let (first, last) = model.laneBounds[lane] {
            let from = column(of: model.timeline.events[first].t, barWidth: barWidth)
            // gaps 32C: a process's main lane lives until the process's recorded end, not its last event (a worker in
            // an unrecorded sleep was blank after it, while idle workers' lanes ran on to their exits)
            let to = column(of: max(model.timeline.events[last].t, model.laneEnds[lane] ?? 0), barWidth: barWidth)
            let line = Character(painter.cell("─", ascii: "-"))
            for c in from...to { cells[c] = (line, [.dim]) }
        }
        let past = Character(painter.cell("•", ascii: "*")), future = Character(painter.cell("·", ascii: "."))
        for (c, index) in model.laneColumns.lastEvents(lane: lane, barWidth: barWidth, timeline: model.timeline).enumerated() where index >= 0 {
            cells[c] = Int(index) <= step ? (past, [style]) : (future, [.dim])
        }
        cells[cursor] = current ? (Character(painter.cell("●", ascii: "@")), [.yellow, .bold])
            : (Character(painter.cell("│", ascii: "|")), [.yellow])
        // Two columns for the marker in either reading: "▶ ", or a wide "▶" alone.
        let marker = current ? painter.paint(painter.symbol("▶", ascii: ">"), .yellow, .bold).padded(toWidth: 2) : "  "
        let label = model.timeline.lanes[lane].label.truncated(toWidth: labelWidth).padded(toWidth: labelWidth)
        return marker + painter.paint(label, styles: current ? [style, .bold] : [style]) + " " + paintRuns(cells)
    }

    /// Paints runs of equally styled cells at once, so the line carries few escape sequences.
    func paintRuns(_ cells: [(Character, [TextStyle])]) -> String {
        var out = ""
        var run = ""
        var runStyle: [TextStyle] = []
        for (character, style) in cells {
            if style != runStyle, !run.isEmpty {
                out += painter.paint(run, styles: runStyle)
                run = ""
            }
            runStyle = style
            run.append(character)
        }
        return out + painter.paint(run, styles: runStyle)
    }
}
