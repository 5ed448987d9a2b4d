/// An ATX heading: `#` to `######`, a space, the text, optionally closing `#`s.
enum Heading {
    static func starts(_ line: Line) -> Bool {
        level(of: line) != nil
    }

    static func read(using reader: inout Reader) -> MarkdownBlock {
        guard let line = reader.readLine(), let level = level(of: line) else { return .paragraph([]) }
        var text = line.content.dropFirst(level).trimmingWhitespace
        let closing = text.reversed().prefix { $0 == "#" }.count
        let beforeClosing = text.dropLast(closing)
        if closing > 0, beforeClosing.isEmpty || beforeClosing.last == " " || beforeClosing.last == "\t" {
            text = beforeClosing.trimmingWhitespace
        }
        return .heading(level: level, InlineParser.parse(String(text)))
    }

    private static func level(of line: Line) -> Int? {
        guard line.indent < 4 else { return nil }
        let hashes = line.content.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let after = line.content.dropFirst(hashes).first
        return after == nil || after == " " || after == "\t" ? hashes : nil
    }
}
