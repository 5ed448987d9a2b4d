import TutorCore
import TutorAnalysis

/// The state panel, the key line and the help overlay.
extension StepScreen {
    func stateLines() -> [String] {
        let state = model.replayer.state(after: step)
        return [rule("state after step \(step + 1)")]
            + StatePanel(state: state, painter: painter, width: width, hidesInfrastructure: model.hidesInfrastructure).lines()
    }

    /// The bottom line: what is being typed, a message, or the keys.
    func keyLine() -> String {
        let caret = painter.paint(painter.symbol("▏", ascii: "_"), .bold)
        switch session.input {
        case let .jump(digits):
            return " go to step: " + painter.paint(digits, .bold) + caret + painter.paint("   Enter go, Esc cancel", .dim)
        case let .search(text):
            let again = text.isEmpty ? session.lastQuery.map { " (Enter: '\($0)' again)" } ?? "" : ""
            return " find: " + painter.paint(text, .bold) + caret + painter.paint("   Enter find, Esc cancel" + again, .dim)
        case .none:
            break
        }
        if let message = session.message {
            return " " + painter.paint(message, .yellow) + painter.paint("   h help, q quit", .dim)
        }
        let next = painter.symbol("→", ascii: "right"), back = painter.symbol("←", ascii: "left")
        let hints = ["space/\(next) next", "b/\(back) back", "] [ notes", "/ find", "12\(painter.symbol("⏎", ascii: " Enter")) go to",
                     "h help", "q quit"]
        // Fits 80 columns whole: the hint that says how to quit must not be cut.
        return painter.paint(" " + hints.joined(separator: painter.symbol(" · ", ascii: " | ")), .dim)
    }

    func helpLines() -> [String] {
        let keys: [(String, String)] = [
            ("space enter → n", "next event"),
            ("b ←", "previous event"),
            ("g G", "first / last event"),
            ("digits, Enter", "go to that step"),
            ("] [", "next / previous moment with a note"),
            ("/ text Enter", "find an event by its words (wraps; / Enter finds the same again)"),
            ("h ?", "this help (any key closes it)"),
        ] + (model.isLive ? [
            ("G End", "follow the run: the cursor moves to each new event as it arrives (also when it is on the last "
                + "event; stepping back stops following)"),
            ("Ctrl-C", "stop the run (as Ctrl-C does without the view: SIGINT, then SIGTERM, then SIGKILL); the view stays"),
            ("q", "stop the run and quit"),
        ] : [("q Ctrl-C", "quit")])
        var out = [rule("keys")]
        let indent = String(repeating: " ", count: 20)
        for (key, meaning) in keys {
            let lines = TextWrapper.wrap(meaning, width: width - 1, indent: indent, firstIndent: indent)
            out += lines.enumerated().map { $0.offset == 0 ? "   " + painter.paint(key.padded(toWidth: 17), .bold) + $0.element.dropFirst(20) : $0.element }
        }
        out.append(rule("what the screen shows"))
        let explanations = [
            "the top line: the step, its time since the run started, the lane (process · thread) and the event",
            "① a note explaining the event; ← what caused it; → what it led to later",
            "lanes: each process or thread over the whole run; ▶ marks this event's lane, ● this event, "
                + "│ this instant in the other lanes, • events before it, · events after it",
            "state: every pool, queue, lock and process just after this event, rebuilt from the events so far",
        ]
        for text in explanations {
            out += TextWrapper.wrap(painter.capabilities.unicode ? text : asciiHelp(text), width: width - 1, indent: "     ", firstIndent: "   ")
        }
        return out
    }

    private func asciiHelp(_ text: String) -> String {
        [("①", "[1]"), ("←", "<-"), ("→", "->"), ("▶", ">"), ("●", "@"), ("│", "|"), ("•", "*"), ("·", ".")]
            .reduce(text) { $0.replacing($1.0, with: $1.1) }
    }
}
