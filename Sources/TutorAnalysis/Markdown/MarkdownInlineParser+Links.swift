import TutorCore

extension MarkdownInlineParser {
    /// `[text](url)` or `[text](url "title")` at `index`; returns the link and the index past it.
    func link(at index: Int, limit: Int) -> (MarkdownInline, Int)? {
        guard let closeBracket = matchingBracket(from: index, limit: limit),
              closeBracket + 1 < limit, characters[closeBracket + 1] == "(" else { return nil }
        var end = closeBracket + 2
        var depth = 0
        while end < limit {
            let character = characters[end]
            if character == "(" { depth += 1 }
            if character == ")" {
                if depth == 0 { break }
                depth -= 1
            }
            end += 1
        }
        guard end < limit else { return nil }
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
        var depth = 0
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
                depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return index }
            default:
                break
            }
            index += 1
        }
        return nil
    }
}
