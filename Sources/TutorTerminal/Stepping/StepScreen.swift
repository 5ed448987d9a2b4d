import TutorCore

/// One screen of the step-through view, as lines of text.
///
/// A pure function of the run (`model`), where the learner is (`session`: step, typing, message, help)
/// and the terminal size: stepping back to a step shows exactly what stepping forward to it showed.
/// No line is wider than `size.width` columns and there are at most `size.height` lines.
struct StepScreen: Sendable {
    let model: StepModel
    let session: StepSession
    let size: TerminalSize
    /// Draw the key line; off when every step is printed to a pipe, where no key can be pressed.
    var showsKeys: Bool
    /// How the run stands ("● running 2.3 s · 148 events so far"), on the row above the key line; nil
    /// for a run that was over before the view opened.
    var statusLine: String?

    init(model: StepModel, session: StepSession, size: TerminalSize, showsKeys: Bool = true, statusLine: String? = nil) {
        self.model = model
        self.session = session
        self.size = size
        self.showsKeys = showsKeys
        self.statusLine = statusLine
    }

    var painter: Painter { model.painter }
    var width: Int { max(20, size.width) }
    var step: Int { min(max(0, session.step), max(0, model.count - 1)) }

    /// The screen, top to bottom.
    func lines() -> [String] {
        let footer = (statusLine.map { [$0] } ?? []) + (showsKeys ? [keyLine()] : [])
        guard model.count > 0 else {
            let empty = " " + (model.isLive ? Phrase.stepEmptyLive : Phrase.stepEmpty).text()
            return fit([empty] + footer)
        }
        let body = max(0, size.height - 1 - footer.count)
        var out = [headerLine()]
        out += session.showsHelp ? Self.cut(helpLines(), to: body, painter: painter, what: "lines") : bodyLines(room: body)
        if !footer.isEmpty {
            // The key line stays on the terminal's last row, wherever the content ends.
            out += Array(repeating: "", count: max(0, size.height - footer.count - out.count))
            out += footer
        }
        return fit(out)
    }
}

private extension StepScreen {
    /// The event block, the lanes and the state, each given a share of the rows when not all fit.
    func bodyLines(room: Int) -> [String] {
        let event = eventLines()
        let laneRows = model.visibleLanes.count + (model.visibleLanes.contains(model.timeline.laneOfEvent[step]) ? 0 : 1)
        let state = stateLines()
        guard event.count + laneRows + 1 + state.count > room else {
            return event + laneLines(maxRows: laneRows + 1) + state
        }
        var eventCap = min(event.count, max(2, room / 4))
        var laneCap = min(laneRows + 1, max(4, room / 3))
        var stateCap = max(0, room - eventCap - laneCap)
        if stateCap > state.count {
            var spare = stateCap - state.count
            stateCap = state.count
            let moreEvent = min(spare, event.count - eventCap)
            eventCap += moreEvent
            spare -= moreEvent
            laneCap += min(spare, laneRows + 1 - laneCap)
        }
        eventCap = min(eventCap, room)
        laneCap = min(laneCap, room - eventCap)
        return Self.cut(event, to: eventCap, painter: painter, what: "lines") + laneLines(maxRows: laneCap)
            + Self.cut(state, to: stateCap, painter: painter, what: "lines")
    }

    /// Every line cut to the width, and no more lines than the height.
    func fit(_ lines: [String]) -> [String] {
        Array(lines.prefix(max(1, size.height))).map { $0.truncated(toWidth: width) }
    }
}

extension StepScreen {
    /// `lines` limited to `count`, the last kept line replaced by "… N more" when some are left out.
    static func cut(_ lines: [String], to count: Int, painter: Painter, what: String) -> [String] {
        guard lines.count > count else { return lines }
        guard count > 0 else { return [] }
        let kept = Array(lines.prefix(count - 1))
        return kept + [painter.paint("   \(painter.symbol("…", ascii: "...")) " + Phrase.stepMoreLines.text(["n": lines.count - kept.count]), .dim)]
    }

    /// A rule across the screen with a title: `─ state after step 3 ─────`.
    func rule(_ title: String) -> String {
        let dash = painter.symbol("─", ascii: "-")
        let head = " \(dash) \(title) "
        return painter.paint(head + painter.rule("─", ascii: "-", columns: max(0, width - head.displayWidth - 1)), .dim)
    }
}
