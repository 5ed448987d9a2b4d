import TutorCore

/// A fenced code block: ```` ``` ```` or `~~~` with an optional language, verbatim up to the
/// closing fence or the end of the document.
enum MarkdownCodeBlock {
    static func starts(_ line: MarkdownLine) -> Bool {
        fence(of: line) != nil
    }

    static func read(using reader: inout MarkdownReader) -> MarkdownBlock {
        guard let opening = reader.readLine(), let fence = fence(of: opening) else { return .paragraph([]) }
        let info = opening.content.drop { $0 == fence.character }.markdownTrimmed
        let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init)
        var code: [Substring] = []
        var closed = false
        while let line = reader.readLine() {
            closed = isClosing(line, for: fence)
            if closed { break }
            code.append(line.droppingIndent(upTo: opening.indent))
        }
        // An unclosed fence runs to the end of the document, whose trailing blank lines are not code.
        while !closed, let last = code.last, last.allSatisfy(\.isWhitespace) { code.removeLast() }
        return .codeBlock(language: language, code: code.joined(separator: "\n"))
    }
}

private extension MarkdownCodeBlock {
    struct Fence {
        let character: Character
        let length: Int
    }

    static func fence(of line: MarkdownLine) -> Fence? {
        guard let character = line.content.first, character == "`" || character == "~" else { return nil }
        let length = line.content.prefix { $0 == character }.count
        guard length >= 3 else { return nil }
        // A backtick in the info string means this is inline code, not a fence.
        if character == "`", line.content.dropFirst(length).contains("`") { return nil }
        return Fence(character: character, length: length)
    }

    static func isClosing(_ line: MarkdownLine, for fence: Fence) -> Bool {
        let run = line.content.prefix { $0 == fence.character }.count
        return line.indent < 4 && run >= fence.length
            && line.content.dropFirst(run).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
