import TutorCore

/// Reading a GFM table: a header row, a delimiter row with as many cells, then body rows up to a
/// blank line or a line that starts another block.
extension MarkdownTable {
    /// Whether `line` is a table's header row, i.e. `next` is a delimiter row with as many cells.
    ///
    /// Without a valid delimiter row right after it, a line full of pipes is just paragraph text.
    static func starts(_ line: MarkdownLine, followedBy next: MarkdownLine?) -> Bool {
        guard line.indent < 4, !line.isBlank, let next, let alignments = alignments(of: next) else { return false }
        return cells(of: line).count == alignments.count
    }

    static func read(using reader: inout MarkdownReader) -> MarkdownBlock {
        guard let headerLine = reader.currentLine, starts(headerLine, followedBy: reader.nextLine),
              let delimiterLine = reader.nextLine, let alignments = alignments(of: delimiterLine)
        else { return MarkdownParagraph.read(using: &reader) }
        reader.skipLine()
        reader.skipLine()
        var rows: [[Cell]] = []
        while let line = reader.currentLine, !line.isBlank, !endsTable(line) {
            rows.append(cells(of: line).map(MarkdownInlineParser.parse))
            reader.skipLine()
        }
        let header = cells(of: headerLine).map(MarkdownInlineParser.parse)
        return .table(MarkdownTable(alignments: alignments, header: header, rows: rows))
    }
}

private extension MarkdownTable {
    /// The column alignments when `line` is a delimiter row (`| :--- | ---: |`), else nil.
    ///
    /// The row must hold a pipe: a lone `---` under a line is a setext heading's underline.
    static func alignments(of line: MarkdownLine) -> [MarkdownTableAlignment]? {
        guard line.indent < 4, line.content.contains("|") else { return nil }
        var alignments: [MarkdownTableAlignment] = []
        for cell in cells(of: line) {
            guard let alignment = MarkdownTableAlignment(delimiterCell: Substring(cell)) else { return nil }
            alignments.append(alignment)
        }
        return alignments
    }

    /// Any block start ends the table, not only those that may interrupt a paragraph: the rows
    /// are not a paragraph, so `2. item` starts a list here.
    static func endsTable(_ line: MarkdownLine) -> Bool {
        MarkdownCodeBlock.starts(line) || MarkdownHeading.starts(line) || MarkdownHorizontalRule.starts(line)
            || MarkdownBlockquote.starts(line) || (line.indent < 4 && MarkdownListMarker(line) != nil)
    }

    /// The trimmed cell texts of a row, split at unescaped pipes; the leading and trailing pipes
    /// are optional. `\|` becomes `|` (also inside code spans, as in GFM); other escapes are left
    /// for the inline parser.
    static func cells(of line: MarkdownLine) -> [String] {
        var rest = line.content.markdownTrimmed
        if rest.first == "|" { rest = rest.dropFirst() }
        var cells: [String] = []
        var current = ""
        var endsWithPipe = false
        var index = rest.startIndex
        while index < rest.endIndex {
            let character = rest[index]
            index = rest.index(after: index)
            endsWithPipe = false
            if character == "\\", index < rest.endIndex {
                let escaped = rest[index]
                index = rest.index(after: index)
                if escaped != "|" { current.append(character) }
                current.append(escaped)
            } else if character == "|" {
                cells.append(String(Substring(current).markdownTrimmed))
                current = ""
                endsWithPipe = true
            } else {
                current.append(character)
            }
        }
        if !endsWithPipe || cells.isEmpty { cells.append(String(Substring(current).markdownTrimmed)) }
        return cells
    }
}
