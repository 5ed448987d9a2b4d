/// Markdown text parsed into blocks. Parsing never fails: anything unrecognised is text.
public struct MarkdownDocument: Sendable, Equatable {
    /// The document's blocks, in order.
    public var blocks: [MarkdownBlock]

    /// Creates a document from blocks built by hand.
    public init(blocks: [MarkdownBlock]) {
        self.blocks = blocks
    }

    /// Parses CommonMark-flavoured `text`: headings, paragraphs, lists, fenced code, quotes, rules.
    public init(parsing text: String) {
        var reader = Reader(normalizingLineEndingsOf: text)
        var blocks: [MarkdownBlock] = []
        while !reader.isAtEnd {
            guard let line = reader.currentLine, !line.isBlank else {
                reader.skipLine()
                continue
            }
            blocks.append(Self.readBlock(startingWith: line, using: &reader))
        }
        self.blocks = blocks
    }
}

private extension MarkdownDocument {
    static func readBlock(startingWith line: Line, using reader: inout Reader) -> MarkdownBlock {
        if CodeBlock.starts(line) { return CodeBlock.read(using: &reader) }
        if Heading.starts(line) { return Heading.read(using: &reader) }
        if HorizontalRule.starts(line) { return HorizontalRule.read(using: &reader) }
        if Blockquote.starts(line) { return Blockquote.read(using: &reader) }
        if ListMarker(line) != nil { return List.read(using: &reader) }
        return Paragraph.read(using: &reader)
    }
}
