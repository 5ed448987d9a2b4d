import TutorCore
import TutorAnalysis

/// Shows a lesson's questions before a run (`Question`), and their answers from the run after it (`Answer`).
public struct QuestionRenderer {
    let painter: Painter
    let words: ClassroomWords

    public init(capabilities: TerminalCapabilities, words: ClassroomWords) {
        painter = Painter(capabilities: capabilities)
        self.words = words
    }

    /// The questions, numbered, with their choices: asked before the run.
    public func asking(_ questions: [QuestionReveal]) -> String {
        guard !questions.isEmpty else { return "" }
        var out = [painter.paint(" " + words.questions, .bold)]
        for (n, question) in questions.enumerated() {
            out += block(n, question, reveal: false)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The answers, from the run's events: revealed after the run.
    public func revealing(_ report: QuestionReport) -> String {
        guard !report.reveals.isEmpty else { return "" }
        var out = [painter.paint(" " + words.answer, .bold)]
        for (n, reveal) in report.reveals.enumerated() {
            out += block(n, reveal, reveal: true)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One question: its text, its choices, and with `reveal` the run's answer (the right choice marked).
    public func block(_ n: Int, _ question: QuestionReveal, reveal: Bool, width: Int? = nil) -> [String] {
        let width = max(30, width ?? painter.capabilities.width) - 2
        var out = TextWrapper.wrap(Self.clean(question.ask), width: width, indent: "     ",
                                   firstIndent: "  " + painter.paint("Q\(n + 1)", .bold) + "  ")
        let right = reveal ? question.correctChoice : nil
        for (i, choice) in question.choices.enumerated() {
            let mark = right == i ? painter.paint(painter.symbol("✓", ascii: "*"), .green, .bold) : " "
            let text = "\(i + 1)) \(Self.clean(choice))"
            out += TextWrapper.wrap(text, width: width, indent: "          ", firstIndent: "     \(mark) ")
                .map { right == i ? painter.paint($0, .green) : $0 }
        }
        guard reveal else { return out }
        let line: String
        if let answer = question.answer {
            let shown = Self.clean(answer)
            line = !question.choices.isEmpty && right == nil ? "\(words.noChoiceMatched) \(shown)" : "\(words.runShowed)\(words.colon)\(shown)"
        } else {
            line = words.noAnswer
        }
        out += TextWrapper.wrap(line, width: width, indent: "       ", firstIndent: "     \(painter.symbol("→", ascii: "->")) ")
            .map { painter.paint($0, .cyan) }
        return out
    }

    /// Text from a lesson file or a run, made safe for the terminal (the one sanitizer).
    static func clean(_ text: String) -> String { TextSanitizer.neutralize(text, keepColors: false) }
}
