import TutorCore

extension MarkdownInlineParser {
    /// `[text](url)` or `[text](url "title")` at `index`; returns the link and the index past it.
    func link(at index: Int, limit: Int) -> (MarkdownInline, Int)? {
        guard let closeBracket = matchingBracket(from: index, limit: limit),
              closeBracket + 1 < limit, characters[closeBracket + 1] == "(",
              let end = matchingParenthesis(from: closeBracket + 1, limit: limit) else { return nil }
        let destination = Substring(String(characters[(closeBracket + 2)..<end])).markdownTrimmed
        var url = destination.prefix { $0 != " " && $0 != "\t" }
        if url.first == "<", url.last == ">", url.count >= 2 { url = url.dropFirst().dropLast() }
        let text = parseNested((index + 1)..<closeBracket)
        return (.link(text: text, url: String(url)), end + 1)
    }

    /// `<https://…>` or `<mailto:…>`: an absolute URL in angle brackets, without spaces.
    func autolink(at index: Int, limit: Int) -> (MarkdownInline, Int)? {
        var end = index + 1
        while end < limit, characters[end] != ">", characters[end] != "<", !characters[end].isWhitespace {
            end += 1
        }
        guard end < limit, characters[end] == ">" else { return nil }
        let url = String(characters[(index + 1)..<end])
        guard let colon = url.firstIndex(of: ":"), colon > url.startIndex,
              url[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) })
        else { return nil }
        return (.link(text: [.text(url)], url: url), end + 1)
    }
}

private extension MarkdownInlineParser {
    /// The `]` that closes the `[` at `start`, allowing nested brackets and skipping escapes and code.
    func matchingBracket(from start: Int, limit: Int) -> Int? {
        if let known = memo.brackets[limit]?[start] { return known }
        // One pass with a stack matches every `[` from here to the limit; later calls look theirs up.
        var table = memo.brackets.removeValue(forKey: limit) ?? [:]
        var open: [Int] = []
        var index = start
        while index < limit {
            switch characters[index] {
            case "\\":
                index += 1
            case "`":
                if let end = codeSpanEnd(at: index, limit: limit) {
                    index = end - 1
                }
            case "[":
                open.append(index)
            case "]":
                if let opener = open.popLast() { table[opener] = .some(index) }
            default:
                break
            }
            index += 1
        }
        for opener in open { table[opener] = .some(nil) }
        table[start] = table[start] ?? .some(nil)
        memo.brackets[limit] = table
        return table[start] ?? nil
    }

    /// The `)` that closes the `(` at `start` (a link's destination may hold balanced parentheses).
    func matchingParenthesis(from start: Int, limit: Int) -> Int? {
        if let known = memo.parentheses[limit]?[start] { return known }
        var table = memo.parentheses.removeValue(forKey: limit) ?? [:]
        var open: [Int] = []
        for index in start..<limit {
            if characters[index] == "(" { open.append(index) }
            if characters[index] == ")", let opener = open.popLast() { table[opener] = .some(index) }
        }
        for opener in open { table[opener] = .some(nil) }
        memo.parentheses[limit] = table
        return table[start] ?? nil
    }
}
