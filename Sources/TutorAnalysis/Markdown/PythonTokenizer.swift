import TutorCore

/// A small, forgiving Python tokenizer for syntax highlighting: strings (prefixed, triple-quoted,
/// f-strings as a whole), comments, numbers, names, decorators. Unterminated strings run to the end
/// of the line (or of the text, for triple quotes) instead of failing.
public struct PythonTokenizer: Sendable {
    private let characters: [Character]

    /// Prepares to tokenize `source`.
    public init(_ source: String) {
        characters = Array(source)
    }

    /// The tokens of the source, in order.
    public func tokens() -> [PythonToken] {
        var tokens: [PythonToken] = []
        var index = 0
        var lineStart = true
        while index < characters.count {
            let (kind, end) = token(at: index, atLineStart: lineStart)
            let text = String(characters[index..<end])
            if kind == .identifier, let previous = tokens.last(where: { $0.kind != .whitespace }),
               previous.kind == .keyword, previous.text == "def" || previous.text == "class" {
                tokens.append(PythonToken(.definition, text))
            } else {
                tokens.append(PythonToken(kind, text))
            }
            lineStart = kind == .newline || (lineStart && kind == .whitespace)
            index = end
        }
        return tokens
    }
}

private extension PythonTokenizer {
    func token(at index: Int, atLineStart: Bool) -> (PythonToken.Kind, Int) {
        let character = characters[index]
        if character == "\n" { return (.newline, index + 1) }
        if character == " " || character == "\t" { return (.whitespace, end(from: index) { $0 == " " || $0 == "\t" }) }
        if character == "#" { return (.comment, end(from: index) { $0 != "\n" }) }
        if let end = stringEnd(at: index) { return (.string, end) }
        if character.isNumber || (character == "." && next(index)?.isNumber == true) {
            return (.number, numberEnd(from: index))
        }
        if character.isLetter || character == "_" {
            let end = end(from: index) { $0.isLetter || $0.isNumber || $0 == "_" }
            return (PythonTokenizer.kind(ofName: String(characters[index..<end])), end)
        }
        if character == "@", atLineStart, next(index)?.isLetter == true || next(index) == "_" {
            return (.decorator, end(from: index + 1) { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." })
        }
        return (.punctuation, index + 1)
    }

    func next(_ index: Int) -> Character? {
        index + 1 < characters.count ? characters[index + 1] : nil
    }

    func end(from index: Int, while predicate: (Character) -> Bool) -> Int {
        var end = index
        while end < characters.count, predicate(characters[end]) { end += 1 }
        return end
    }

    /// Digits, letters (hex, `e`, `j`, `_`), dots, and a sign right after an exponent.
    func numberEnd(from index: Int) -> Int {
        var end = index
        while end < characters.count {
            let character = characters[end]
            let isExponentSign = end > index && (character == "+" || character == "-")
                && (characters[end - 1] == "e" || characters[end - 1] == "E")
                && !characters[index..<end].contains { $0 == "x" || $0 == "X" }
            guard character.isLetter || character.isNumber || character == "_" || character == "." || isExponentSign
            else { break }
            end += 1
        }
        return end
    }

    /// The end of a string literal starting at `index` (prefix letters included), or nil.
    func stringEnd(at index: Int) -> Int? {
        let prefix = end(from: index) { "rRbBuUfF".contains($0) } - index
        guard prefix <= 2, index + prefix < characters.count else { return nil }
        let quoteIndex = index + prefix
        let quote = characters[quoteIndex]
        guard quote == "'" || quote == "\"" else { return nil }
        let isTriple = quoteIndex + 2 < characters.count
            && characters[quoteIndex + 1] == quote && characters[quoteIndex + 2] == quote
        var position = quoteIndex + (isTriple ? 3 : 1)
        while position < characters.count {
            let character = characters[position]
            if character == "\\" {
                position += 2
                continue
            }
            if character == "\n", !isTriple { return position }
            if character == quote {
                if !isTriple { return position + 1 }
                if position + 2 < characters.count, characters[position + 1] == quote, characters[position + 2] == quote {
                    return position + 3
                }
            }
            position += 1
        }
        return characters.count
    }
}
