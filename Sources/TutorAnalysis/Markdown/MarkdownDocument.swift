import TutorCore

/// Markdown text parsed into blocks. Parsing never fails: anything unrecognised is text.
public struct MarkdownDocument: Sendable, Equatable {
    /// The document's blocks, in order.
    public var blocks: [MarkdownBlock]

    /// Creates a document from blocks built by hand.
    public init(blocks: [MarkdownBlock]) {
        self.blocks = blocks
    }

    /// Parses CommonMark-flavoured `text`: headings, paragraphs, lists, fenced code, quotes, rules,
    /// and GitHub-flavoured tables.
    public init(parsing text: String) {
        var reader = MarkdownReader(normalizingLineEndingsOf: text)
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
    static func readBlock(startingWith line: MarkdownLine, using reader: inout MarkdownReader) -> MarkdownBlock {
        if MarkdownCodeBlock.starts(line) { return MarkdownCodeBlock.read(using: &reader) }
        if MarkdownHeading.starts(line) { return MarkdownHeading.read(using: &reader) }
        if MarkdownHorizontalRule.starts(line) { return MarkdownHorizontalRule.read(using: &reader) }
        if MarkdownBlockquote.starts(line) { return MarkdownBlockquote.read(using: &reader) }
        if MarkdownListMarker(line) != nil { return MarkdownList.read(using: &reader) }
        if MarkdownTable.starts(line, followedBy: reader.nextLine) { return MarkdownTable.read(using: &reader) }
        return MarkdownParagraph.read(using: &reader)
    }
}
