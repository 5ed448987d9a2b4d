import TutorCore
import TutorAnalysis

/// The state panel, the key line and the help overlay.
extension StepScreen {
    func stateLines() -> [String] {
        let title = rule(Phrase.stepStateTitle.text(["n": step + 1]))
        // Not made yet (a jump far ahead while the checkpoints are made): asking would wait for them.
        guard model.replayer.isReady(after: step) else {
            let preparing = Phrase.stepPreparing.text(["step": step + 1, "n": model.replayer.preparedEvents, "total": model.count])
            return [title, "   " + painter.paint(preparing, .yellow)]
        }
        let state = model.replayer.state(after: step)
        return [title]
            + StatePanel(state: state, painter: painter, width: width, hidesInfrastructure: model.hidesInfrastructure)
                .losing(StatePanel.lostEvents(in: model.timeline)).lines()
    }

    /// The bottom line: what is being typed, a message, or the keys.
    func keyLine() -> String {
        let caret = painter.paint(painter.symbol("▏", ascii: "_"), .bold)
        switch session.input {
        case let .jump(digits):
            return " " + Phrase.stepGoTo.text() + painter.paint(digits, .bold) + caret + painter.paint(Phrase.stepGoToKeys.text(), .dim)
        case let .search(text):
            let again = text.isEmpty ? session.lastQuery.map { Phrase.stepFindAgain.text(["query": $0]) } ?? "" : ""
            return " " + Phrase.stepFind.text() + painter.paint(text, .bold) + caret + painter.paint(Phrase.stepFindKeys.text(["again": again]), .dim)
        case .none:
            break
        }
        if let finding = session.findingLine(model) {
            return " " + painter.paint(finding, .yellow)
        }
        if let message = session.message {
            return " " + painter.paint(message, .yellow) + painter.paint(Phrase.stepMessageKeys.text(), .dim)
        }
        let next = painter.symbol("→", ascii: "right"), back = painter.symbol("←", ascii: "left")
        let hints = [Phrase.stepHintNext.text(["arrow": next]), Phrase.stepHintBack.text(["arrow": back]), Phrase.stepHintNotes.text(),
                     Phrase.stepHintFind.text(), Phrase.stepHintGoTo.text(["enter": painter.symbol("⏎", ascii: " Enter")]),
                     Phrase.stepHintHelp.text(), Phrase.stepHintQuit.text()]
        // Fits 80 columns whole: the hint that says how to quit must not be cut.
        return painter.paint(" " + hints.joined(separator: painter.symbol(" · ", ascii: " | ")), .dim)
    }

    func helpLines() -> [String] {
        let keys: [(String, String)] = [
            (Phrase.keySpaceEnter.text(), Phrase.keyNext.text()),
            ("b ←", Phrase.keyPrevious.text()),
            ("g G", Phrase.keyFirstLast.text()),
            (Phrase.keyDigits.text(), Phrase.keyGoTo.text()),
            ("] [", Phrase.keyNotes.text()),
            (Phrase.keyFind.text(), Phrase.keyFindMeaning.text()),
            ("h ?", Phrase.keyHelp.text()),
        ] + (model.isLive ? [
            ("G End", Phrase.keyFollow.text()),
            ("Ctrl-C", Phrase.keyStopRun.text()),
            ("q", Phrase.keyStopQuit.text()),
        ] : [("q Ctrl-C", Phrase.keyQuit.text())])
        var out = [rule(Phrase.stepKeysTitle.text())]
        let indent = String(repeating: " ", count: 20)
        for (key, meaning) in keys {
            let lines = TextWrapper.wrap(meaning, width: width - 1, indent: indent, firstIndent: indent)
            out += lines.enumerated().map { $0.offset == 0 ? "   " + painter.paint(key.padded(toWidth: 17), .bold) + $0.element.dropFirst(20) : $0.element }
        }
        out.append(rule(Phrase.stepScreenTitle.text()))
        let explanations = [Phrase.helpTopLine, .helpNotes, .helpLanes, .helpLaneLine, .helpState].map { $0.text() }
        for text in explanations {
            out += TextWrapper.wrap(painter.capabilities.unicode ? text : asciiHelp(text), width: width - 1, indent: "     ", firstIndent: "   ")
        }
        return out
    }

    private func asciiHelp(_ text: String) -> String {
        [("①", "[1]"), ("←", "<-"), ("→", "->"), ("▶", ">"), ("●", "@"), ("│", "|"), ("•", "*"), ("·", "."), ("─", "-")]
            .reduce(text) { $0.replacing($1.0, with: $1.1) }
    }
}
