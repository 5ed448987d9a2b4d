import TutorCore
import TutorAnalysis

/// Colours Python source for the terminal. With colour off the source comes back unchanged.
struct PythonHighlighter: Sendable {
    private let painter: Painter

    /// Creates a highlighter that paints with `painter` (and so honours its colour setting).
    init(painter: Painter) {
        self.painter = painter
    }

    /// Returns `source` with keywords, strings, comments, numbers and builtins coloured.
    ///
    /// Each line is painted on its own (a triple-quoted string is painted line by line), so the
    /// result can be split at newlines and prefixed without styles leaking across lines.
    func highlight(_ source: String) -> String {
        guard painter.capabilities.color else { return source }
        return PythonTokenizer(source).tokens().map { token in
            let styles = PythonHighlighter.styles(for: token.kind)
            guard !styles.isEmpty else { return token.text }
            return token.text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { painter.paint(String($0), styles: styles) }
                .joined(separator: "\n")
        }.joined()
    }

    static func styles(for kind: PythonToken.Kind) -> [TextStyle] {
        switch kind {
        case .keyword: [.magenta]
        case .builtin: [.cyan]
        case .string: [.green]
        case .comment: [.gray, .italic]
        case .number: [.yellow]
        case .decorator: [.blue]
        case .definition: [.blue, .bold]
        case .identifier, .punctuation, .whitespace, .newline: []
        }
    }
}
