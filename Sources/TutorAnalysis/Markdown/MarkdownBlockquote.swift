import TutorCore

/// `>` quoted lines. A blank `>` line ends the quote; further `>` lines start another one.
enum MarkdownBlockquote {
    static func starts(_ line: MarkdownLine) -> Bool {
        line.indent < 4 && line.content.first == ">"
    }

    static func read(using reader: inout MarkdownReader) -> MarkdownBlock {
        var lines: [Substring] = []
        while let line = reader.currentLine, !line.isBlank {
            if starts(line) {
                let content = strippingMarkers(line.content)
                reader.skipLine()
                if content.allSatisfy(\.isWhitespace) {
                    if lines.isEmpty { continue }
                    break
                }
                lines.append(content)
            } else if !lines.isEmpty, !MarkdownParagraph.isInterrupted(by: line) {
                // A lazy continuation line: CommonMark keeps it in the quote.
                lines.append(line.content)
                reader.skipLine()
            } else {
                break
            }
        }
        return .blockquote(MarkdownInlineParser.parse(MarkdownParagraph.join(lines)))
    }

    /// Removes `>` markers (nested quotes are flattened) and the space after each.
    private static func strippingMarkers(_ text: Substring) -> Substring {
        var rest = text
        while rest.first == ">" {
            rest = rest.dropFirst()
            if rest.first == " " { rest = rest.dropFirst() }
            let trimmed = rest.drop { $0 == " " }
            guard trimmed.first == ">" else { break }
            rest = trimmed
        }
        return rest
    }
}
