import TutorCore

/// Consecutive text lines, ended by a blank line or by a line that starts another block.
/// A `===` or `---` underline turns the paragraph into a (setext) heading.
enum MarkdownParagraph {
    static func read(using reader: inout MarkdownReader) -> MarkdownBlock {
        var lines: [Substring] = []
        while let line = reader.currentLine, !line.isBlank {
            if !lines.isEmpty, let level = setextLevel(of: line) {
                reader.skipLine()
                return .heading(level: level, MarkdownInlineParser.parse(join(lines)))
            }
            if !lines.isEmpty, isInterrupted(by: line) || MarkdownTable.starts(line, followedBy: reader.nextLine) { break }
            lines.append(line.content)
            reader.skipLine()
        }
        return .paragraph(MarkdownInlineParser.parse(join(lines)))
    }

    /// Whether `line` starts a block that may cut a paragraph short (no blank line needed).
    static func isInterrupted(by line: MarkdownLine) -> Bool {
        if MarkdownCodeBlock.starts(line) || MarkdownHeading.starts(line) || MarkdownHorizontalRule.starts(line) || MarkdownBlockquote.starts(line) {
            return true
        }
        // As in CommonMark, only a non-empty item, and for ordered lists only "1.", interrupts.
        guard let marker = MarkdownListMarker(line), line.indent < 4, !marker.content.isEmpty else { return false }
        return !marker.ordered || marker.number == 1
    }

    /// Joins source lines into paragraph text: soft breaks become a space (nothing between two CJK
    /// characters or next to full-width punctuation, even with emphasis markers between them, or a curly quote beside
    /// a CJK character), hard breaks (two trailing spaces or a trailing backslash) become `"\n"`, and an
    /// empty line becomes a paragraph break `"\n\n"`.
    static func join(_ lines: [Substring]) -> String {
        var result = ""
        var separator = ""
        for line in lines {
            let trimmed = line.markdownTrimmed
            guard !trimmed.isEmpty else {
                separator = result.isEmpty ? "" : "\n\n"
                continue
            }
            // Chinese puts no space where a line was broken between two CJK characters, nor next
            // to full-width punctuation, which carries its own spacing: "用法：" + "`get()`".
            if separator == " ", let last = result.last(where: { !Self.emphasisMarks.contains($0) }),
               let first = trimmed.first(where: { !Self.emphasisMarks.contains($0) }),
               last.allowsBreakAround && first.allowsBreakAround || last.isWidePunctuation || first.isWidePunctuation
                || Self.joinsWithoutSpace(last, first) {
                separator = ""
            }
            result += separator
            if line.hasSuffix("  ") {
                result += trimmed
                separator = "\n"
            } else if trimmed.hasSuffix("\\"), !trimmed.hasSuffix("\\\\") {
                result += trimmed.dropLast()
                separator = "\n"
            } else {
                result += trimmed
                separator = " "
            }
        }
        return result
    }

    /// Emphasis markers are looked through: `的\n**代码**` joins as `的**代码**`.
    private static let emphasisMarks: Set<Character> = ["*", "_"]

    /// Chinese text has no spaces between words: two wide characters join directly, and so does a curly
    /// quote (which Chinese text uses too) next to one.
    private static func joinsWithoutSpace(_ last: Character, _ first: Character) -> Bool {
        let quotes: Set<Character> = ["“", "”", "‘", "’"]
        return (last.allowsBreakAround || quotes.contains(last)) && (first.allowsBreakAround || quotes.contains(first))
            && (last.allowsBreakAround || first.allowsBreakAround)
    }

    private static func setextLevel(of line: MarkdownLine) -> Int? {
        guard line.indent < 4, let marker = line.content.first, marker == "=" || marker == "-" else { return nil }
        let run = line.content.prefix { $0 == marker }.count
        guard line.content.dropFirst(run).allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
        if marker == "=" { return 1 }
        return run >= 2 ? 2 : nil
    }
}
