import TutorCore

/// An ATX heading: `#` to `######`, a space, the text, optionally closing `#`s.
enum MarkdownHeading {
    static func starts(_ line: MarkdownLine) -> Bool {
        level(of: line) != nil
    }

    static func read(using reader: inout MarkdownReader) -> MarkdownBlock {
        guard let line = reader.readLine(), let level = level(of: line) else { return .paragraph([]) }
        var text = line.content.dropFirst(level).markdownTrimmed
        let closing = text.reversed().prefix { $0 == "#" }.count
        let beforeClosing = text.dropLast(closing)
        if closing > 0, beforeClosing.isEmpty || beforeClosing.last == " " || beforeClosing.last == "\t" {
            text = beforeClosing.markdownTrimmed
        }
        return .heading(level: level, MarkdownInlineParser.parse(String(text)))
    }

    private static func level(of line: MarkdownLine) -> Int? {
        guard line.indent < 4 else { return nil }
        let hashes = line.content.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let after = line.content.dropFirst(hashes).first
        return after == nil || after == " " || after == "\t" ? hashes : nil
    }
}
