import TutorCore

/// A bullet or ordered list. Items continue on indented (or lazy) lines; nested items are
/// flattened into this list; a fenced code block ends the list so it can render on its own.
enum MarkdownList {
    static func read(using reader: inout MarkdownReader) -> MarkdownBlock {
        guard let firstLine = reader.readLine(), let first = MarkdownListMarker(firstLine) else { return .paragraph([]) }
        var items: [[Substring]] = [[first.content]]
        var afterBlank = false
        while let line = reader.currentLine {
            if line.isBlank {
                guard let next = reader.nextNonBlankLine, continues(with: next, first: first) else { break }
                reader.skipLine()
                afterBlank = true
                continue
            }
            if MarkdownCodeBlock.starts(line) || MarkdownHorizontalRule.starts(line) { break }
            if let marker = MarkdownListMarker(line) {
                guard marker.ordered == first.ordered || marker.indent > first.indent + 1 else { break }
                items.append([marker.content])
            } else if line.indent >= min(first.contentIndent, first.indent + 2) {
                items[items.count - 1] += afterBlank ? ["", line.content] : [line.content]
            } else if !afterBlank, !MarkdownParagraph.isInterrupted(by: line) {
                items[items.count - 1].append(line.content)
            } else {
                break
            }
            afterBlank = false
            reader.skipLine()
        }
        let parsed = items.map { MarkdownInlineParser.parse(MarkdownParagraph.join($0)) }
        return .list(ordered: first.ordered, start: first.number, items: parsed)
    }
}

private extension MarkdownList {
    /// Whether the line after a blank still belongs to this list.
    static func continues(with line: MarkdownLine, first: MarkdownListMarker) -> Bool {
        if MarkdownCodeBlock.starts(line) || MarkdownHorizontalRule.starts(line) { return false }
        if let marker = MarkdownListMarker(line) {
            return marker.ordered == first.ordered || marker.indent > first.indent + 1
        }
        return line.indent >= min(first.contentIndent, first.indent + 2)
    }
}
