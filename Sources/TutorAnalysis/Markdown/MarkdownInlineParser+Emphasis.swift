import TutorCore

extension MarkdownInlineParser {
    /// Reads `**strong**`, `*emphasis*` (or with `_`) at `index`; unmatched delimiters are literal.
    func readEmphasis(at index: Int, limit: Int, into result: inout MarkdownInlineBuilder) -> Int {
        let delimiter = characters[index]
        let run = runLength(of: delimiter, at: index, limit: limit)
        if canOpen(at: index, run: run, limit: limit) {
            for width in [2, 1] where run >= width {
                let start = index + run - width
                if let close = closer(for: delimiter, width: width, from: start + width, limit: limit), close > start + width,
                   !isDunderName(delimiter: delimiter, width: width, inner: (start + width)..<close) {
                    for _ in 0..<(run - width) { result.append(delimiter) }
                    let inner = parseNested((start + width)..<close)
                    result.append(width == 2 ? .strong(inner) : .emphasis(inner))
                    return close + width
                }
            }
        }
        for _ in 0..<run { result.append(delimiter) }
        return index + run
    }
}

private extension MarkdownInlineParser {
    /// `__init__`, `__main__`: in a Python tutor these are names, not strong text, so unlike
    /// CommonMark a `__word__` whose inside is a bare identifier stays literal.
    func isDunderName(delimiter: Character, width: Int, inner: Range<Int>) -> Bool {
        delimiter == "_" && width == 2 && characters[inner].allSatisfy { $0.isLetterOrDigit || $0 == "_" }
    }

    /// Left-flanking: followed by non-space; `_` additionally not inside a word (`snake_case`).
    func canOpen(at index: Int, run: Int, limit: Int) -> Bool {
        let after = index + run < limit ? characters[index + run] : nil
        guard let after, !after.isWhitespace else { return false }
        if characters[index] == "_", index > 0, characters[index - 1].isLetterOrDigit { return false }
        return true
    }

    /// Finds a closing run of at least `width` delimiters, skipping code spans and escapes.
    /// A single-delimiter search skips runs of exactly two, which belong to strong text inside.
    func closer(for delimiter: Character, width: Int, from start: Int, limit: Int) -> Int? {
        var index = start
        while index < limit {
            let character = characters[index]
            if character == "\\" {
                index += 2
                continue
            }
            if character == "`", let end = codeSpanEnd(at: index, limit: limit) {
                index = end
                continue
            }
            guard character == delimiter else {
                index += 1
                continue
            }
            let run = runLength(of: delimiter, at: index, limit: limit)
            if canClose(at: index, run: run, limit: limit), run == width || run >= 3 {
                return index
            }
            index += run
        }
        return nil
    }

    /// Right-flanking: preceded by non-space; `_` additionally not followed by a letter or digit.
    func canClose(at index: Int, run: Int, limit: Int) -> Bool {
        guard index > 0, !characters[index - 1].isWhitespace else { return false }
        if characters[index] == "_", index + run < limit, characters[index + run].isLetterOrDigit { return false }
        return true
    }
}

private extension Character {
    var isLetterOrDigit: Bool { isLetter || isNumber }
}
