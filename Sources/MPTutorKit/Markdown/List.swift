/// A bullet or ordered list. Items continue on indented (or lazy) lines; nested items are
/// flattened into this list; a fenced code block ends the list so it can render on its own.
enum List {
    static func read(using reader: inout Reader) -> MarkdownBlock {
        guard let firstLine = reader.readLine(), let first = ListMarker(firstLine) else { return .paragraph([]) }
        var items: [[Substring]] = [[first.content]]
        var afterBlank = false
        while let line = reader.currentLine {
            if line.isBlank {
                guard let next = reader.nextNonBlankLine, continues(with: next, first: first) else { break }
                reader.skipLine()
                afterBlank = true
                continue
            }
            if CodeBlock.starts(line) || HorizontalRule.starts(line) { break }
            if let marker = ListMarker(line) {
                guard marker.ordered == first.ordered || marker.indent > first.indent + 1 else { break }
                items.append([marker.content])
            } else if line.indent >= min(first.contentIndent, first.indent + 2) {
                items[items.count - 1] += afterBlank ? ["", line.content] : [line.content]
            } else if !afterBlank, !Paragraph.isInterrupted(by: line) {
                items[items.count - 1].append(line.content)
            } else {
                break
            }
            afterBlank = false
            reader.skipLine()
        }
        let parsed = items.map { InlineParser.parse(Paragraph.join($0)) }
        return .list(ordered: first.ordered, start: first.number, items: parsed)
    }
}

private extension List {
    /// Whether the line after a blank still belongs to this list.
    static func continues(with line: Line, first: ListMarker) -> Bool {
        if CodeBlock.starts(line) || HorizontalRule.starts(line) { return false }
        if let marker = ListMarker(line) {
            return marker.ordered == first.ordered || marker.indent > first.indent + 1
        }
        return line.indent >= min(first.contentIndent, first.indent + 2)
    }
}
