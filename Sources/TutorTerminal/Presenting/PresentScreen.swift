import TutorCore
import TutorAnalysis

/// One screen of `mp-tutor present`, as lines: a pure function of the deck, the session, the run and
/// the terminal size. The key map is on the last row of every screen; nothing is wider than the screen.
public struct PresentScreen {
    let deck: PresentDeck
    let session: PresentSession
    let run: PresentRun
    let size: TerminalSize
    var painter: Painter { Painter(capabilities: deck.capabilities) }

    init(deck: PresentDeck, session: PresentSession, run: PresentRun, size: TerminalSize) {
        self.deck = deck
        self.session = session
        self.run = run
        self.size = size
    }

    var width: Int { max(30, size.width) }
    /// Rows between the title (and a blank row) and the two footer rows.
    var contentRows: Int { max(1, size.height - 4) }
    var margin: String { String(repeating: " ", count: max(0, (width - PresentDeck.textWidth(width)) / 2)) }

    /// The key map: one for the whole mode.
    static func keyLine(_ words: ClassroomWords, unicode: Bool = true) -> String {
        guard !unicode else { return " " + words.footer }
        return " " + words.footer.replacingOccurrences(of: "→", with: "->").replacingOccurrences(of: "←", with: "<-")
            .replacingOccurrences(of: "·", with: "|")
    }

    func lines() -> [String] {
        let footer = [statusLine(), painter.paint(Self.keyLine(deck.words, unicode: deck.capabilities.unicode), .dim)]
        var out: [String]
        if session.phase == .run, let model = run.model, model.count > 0 {
            let stepSize = TerminalSize(width: width, height: max(3, size.height - footer.count))
            out = StepScreen(model: model, session: StepSession(step: min(session.step, model.count - 1)), size: stepSize, showsKeys: false).lines()
        } else {
            out = [titleLine(), ""] + content().prefix(contentRows).map { $0.isEmpty ? $0 : margin + $0 }
        }
        out += Array(repeating: "", count: max(0, size.height - footer.count - out.count))
        return Array((out.prefix(max(0, size.height - footer.count)) + footer).prefix(max(1, size.height)))
            .map { $0.truncated(toWidth: width) }
    }

    /// The text pages at this size.
    var pages: [[String]] { deck.pages(width: width, rows: contentRows) }

    /// The final pages at this size: the score, the summary and what the run proved.
    var finalPages: [[String]] {
        var text = ""
        if let report = run.report, !report.reveals.isEmpty {
            text += painter.paint(deck.words.score + deck.words.colon + "\(session.score(report.reveals)) / \(report.reveals.count)", .bold) + "\n\n"
        }
        text += run.closing ?? deck.words.finished
        return PresentDeck.paginate(text, rows: contentRows)
    }
}

private extension PresentScreen {
    func titleLine() -> String {
        let where_: String
        switch session.phase {
        case let .page(n): where_ = "\(deck.words.page) \(n + 1)/\(pages.count)"
        case let .question(n): where_ = "\(deck.words.question) \(n + 1)/\(deck.questions.count)"
        case .run: where_ = run.isLive ? deck.words.live : deck.words.replay
        case let .answer(n): where_ = "\(deck.words.answer) \(n + 1)/\(deck.questions.count)"
        case let .final(n): where_ = "\(deck.words.proves) \(n + 1)/\(finalPages.count)"
        }
        let left = " " + deck.title
        let gap = max(2, width - left.displayWidth - where_.displayWidth - 2)
        return painter.paint(left, .bold) + String(repeating: " ", count: gap) + painter.paint(where_, .dim)
    }

    func content() -> [String] {
        let textWidth = PresentDeck.textWidth(width)
        let renderer = QuestionRenderer(capabilities: deck.capabilities, words: deck.words)
        switch session.phase {
        case let .page(n):
            let all = pages
            return all[min(n, all.count - 1)]
        case let .question(n):
            let question = deck.questions[n]
            var out = [painter.paint("\(deck.words.question) \(n + 1)", .bold, .yellow), ""]
            out += TextWrapper.wrap(PresentDeck.clean(question.ask), width: textWidth).map { painter.paint($0, .bold) } + [""]
            for (i, choice) in question.choices.enumerated() {
                let chosen = session.answers[n] == choice
                let text = "  [\(i + 1)]  \(PresentDeck.clean(choice))"
                out.append(chosen ? painter.paint(text + "  " + painter.symbol("◀", ascii: "<"), .bold, .cyan) : text)
                out.append("")
            }
            if question.choices.isEmpty {
                out.append(deck.words.yourAnswer + deck.words.colon + painter.paint(session.typing.isEmpty ? (session.answers[n] ?? "_") : session.typing + "_", .bold))
                out += ["", painter.paint(deck.words.typeAnswer, .dim)]
            } else {
                out.append(painter.paint(deck.words.pickChoice, .dim))
            }
            return out
        case .run:
            return [run.status]
        case let .answer(n):
            guard let reveal = run.report?.reveals[n] else { return [deck.words.noAnswer] }
            var out = [painter.paint("\(deck.words.answer) \(n + 1)", .bold, .green), ""]
            out += renderer.block(n, reveal, reveal: true, width: textWidth)
            out.append("")
            if let given = session.answers[n] {
                let right = reveal.isCorrect(given)
                out.append(deck.words.yourAnswer + deck.words.colon + "\(PresentDeck.clean(given))  "
                    + (right ? painter.paint(painter.symbol("✓", ascii: "ok") + " " + deck.words.right, .green, .bold)
                             : painter.paint(deck.words.wrong, .yellow)))
            }
            return out
        case let .final(n):
            let all = finalPages
            return all[min(n, all.count - 1)]
        }
    }

    func statusLine() -> String {
        if let message = session.message { return " " + painter.paint(message, .yellow) }
        guard session.phase == .run else { return "" }
        let count = run.model?.count ?? 0
        let speed = painter.paint("\(deck.words.speed) \(Self.show(session.speed))/s", .dim)
        let position = count > 0 ? "\(deck.words.event) \(min(session.step, count - 1) + 1)/\(count)" : ""
        let state: String
        if session.playing {
            state = painter.paint(painter.symbol("▶", ascii: ">") + " " + deck.words.playing, .green, .bold)
        } else if let note = session.stoppedAtNote, note == session.step {
            state = painter.paint(painter.symbol("❚❚", ascii: "||") + " " + deck.words.stoppedAtNote, .yellow, .bold)
        } else if run.isOver, count == 0 || session.step >= count - 1 {
            state = painter.paint(painter.symbol("■", ascii: "#") + " \(deck.words.finished)\(deck.words.colon)\(deck.words.showAnswers)", .cyan, .bold)
        } else {
            state = painter.paint(painter.symbol("❚❚", ascii: "||") + " \(deck.words.paused)", .yellow, .bold)
        }
        return " " + [state, position, speed, run.status].filter { !$0.isEmpty }.joined(separator: "  ·  ")
    }

    static func show(_ speed: Double) -> String { speed.rounded() == speed ? String(Int(speed)) : String(speed) }
}

extension PresentDeck {
    /// Text from a lesson file or a run, made safe for the terminal (the one sanitizer).
    static func clean(_ text: String) -> String { TextSanitizer.neutralize(text, keepColors: false) }
}
