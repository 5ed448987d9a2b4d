import TutorCore

/// Parses the text of one block into inline runs: code spans, emphasis, strong, links, escapes.
///
/// Delimiters that find no partner stay literal text, so stray `*`, `_`, `` ` `` or `[` never fail.
struct MarkdownInlineParser {
    let characters: [Character]
    /// How many emphasis or link levels enclose the text being parsed.
    private var depth = 0

    /// Nesting deeper than this is left as text, so hostile input cannot exhaust the stack.
    private static let maximumDepth = 16

    /// Parses `text` into inline runs; adjacent text is merged.
    static func parse(_ text: String) -> [MarkdownInline] {
        let parser = MarkdownInlineParser(characters: Array(text))
        return parser.parse(0..<parser.characters.count)
    }

    private init(characters: [Character]) {
        self.characters = characters
    }

    /// Parses the inside of an emphasis or link one level deeper.
    func parseNested(_ range: Range<Int>) -> [MarkdownInline] {
        var inner = self
        inner.depth += 1
        return inner.parse(range)
    }
}

extension MarkdownInlineParser {
    /// Parses `characters[range]`; the emphasis and link readers call back in for their contents.
    func parse(_ range: Range<Int>) -> [MarkdownInline] {
        guard depth < Self.maximumDepth else { return [.text(String(characters[range]))] }
        var result = MarkdownInlineBuilder()
        var index = range.lowerBound
        while index < range.upperBound {
            let character = characters[index]
            if character == "\\", index + 1 < range.upperBound, characters[index + 1].isEscapable {
                result.append(characters[index + 1])
                index += 2
            } else if character == "`" {
                index = readCode(at: index, limit: range.upperBound, into: &result)
            } else if character == "*" || character == "_" {
                index = readEmphasis(at: index, limit: range.upperBound, into: &result)
            } else if character == "[", let (link, end) = link(at: index, limit: range.upperBound) {
                result.append(link)
                index = end
            } else if character == "<", let (link, end) = autolink(at: index, limit: range.upperBound) {
                result.append(link)
                index = end
            } else {
                result.append(character)
                index += 1
            }
        }
        return result.result
    }

    private func closingCodeRun(length: Int, from start: Int, limit: Int) -> Int? {
        var index = start
        while index < limit {
            guard characters[index] == "`" else {
                index += 1
                continue
            }
            let run = runLength(of: "`", at: index, limit: limit)
            if run == length { return index }
            index += run
        }
        return nil
    }

    /// The index just past a code span starting at `index`, or nil when there is none.
    func codeSpanEnd(at index: Int, limit: Int) -> Int? {
        let length = runLength(of: "`", at: index, limit: limit)
        return closingCodeRun(length: length, from: index + length, limit: limit).map { $0 + length }
    }

    func runLength(of character: Character, at index: Int, limit: Int) -> Int {
        var end = index
        while end < limit, characters[end] == character { end += 1 }
        return end - index
    }

}

private extension MarkdownInlineParser {
    /// A code span closes with a backtick run of the same length; otherwise the run is literal.
    func readCode(at index: Int, limit: Int, into result: inout MarkdownInlineBuilder) -> Int {
        let length = runLength(of: "`", at: index, limit: limit)
        guard let close = closingCodeRun(length: length, from: index + length, limit: limit) else {
            for _ in 0..<length { result.append("`") }
            return index + length
        }
        var code = String(characters[(index + length)..<close]).replacing("\n", with: " ")
        if code.count >= 2, code.first == " ", code.last == " ", code.contains(where: { $0 != " " }) {
            code = String(code.dropFirst().dropLast())
        }
        result.append(.code(code))
        return close + length
    }

}

private extension Character {
    /// ASCII punctuation, which a backslash turns into literal text.
    var isEscapable: Bool {
        isASCII && (isPunctuation || isSymbol)
    }
}
