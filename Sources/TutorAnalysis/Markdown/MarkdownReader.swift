import TutorCore

/// A cursor over the lines of a markdown document; block parsers consume lines through it.
struct MarkdownReader {
    private let lines: [MarkdownLine]
    private var index = 0

    /// Splits `text` into lines, treating LF, CR LF and a lone CR as line ends.
    init(normalizingLineEndingsOf text: String) {
        var lines: [MarkdownLine] = []
        var current = ""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar == "\n", previous == "\r" { continue }
            if scalar == "\n" || scalar == "\r" {
                lines.append(MarkdownLine(current))
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        lines.append(MarkdownLine(current))
        self.lines = lines
    }

    var isAtEnd: Bool { index >= lines.count }

    /// The line under the cursor, or nil at the end.
    var currentLine: MarkdownLine? { isAtEnd ? nil : lines[index] }

    /// The line after the current one, or nil.
    var nextLine: MarkdownLine? { index + 1 < lines.count ? lines[index + 1] : nil }

    /// The first non-blank line at or after the cursor, without moving.
    var nextNonBlankLine: MarkdownLine? { lines[min(index, lines.count)...].first { !$0.isBlank } }

    /// Returns the current line and moves past it.
    mutating func readLine() -> MarkdownLine? {
        guard let line = currentLine else { return nil }
        index += 1
        return line
    }

    mutating func skipLine() {
        index = min(index + 1, lines.count)
    }
}
