/// A catalog text split once at its `{name}` placeholders, so that filling it walks a few pieces instead of
/// scanning the text for braces: the step view's search index puts a million events in words, and the
/// scan, with the lookups of each name among the values, was half of that time.
struct PhraseTemplate: Sendable {
    /// Text as it is, or a placeholder's name; `afterHan` when the text before it ends with a Chinese character.
    enum Piece: Sendable {
        case text(String)
        case slot(String, afterHan: Bool)
    }

    let pieces: [Piece]
    /// A Chinese template (its own text holds a Chinese character): a space it puts after a placeholder is dropped
    /// where the value ends with full-width punctuation (zh22: "MainProcess（pid 1） 从 0.1 s 起").
    let chinese: Bool
    /// The template's own bytes: what a text filled with short values needs room for.
    let literalBytes: Int

    /// Splits `template` at each `{name}`: a `{` with no `}` after it is text, as `fill` always read it.
    init(_ template: String) {
        var bytes = template
        let cut = bytes.withUTF8(Self.cut)
        pieces = cut.pieces
        literalBytes = cut.literalBytes
        chinese = cut.chinese
    }

    /// The text with each placeholder replaced by `value(name)`, left as `{name}` when that is nil.
    /// One pass: a value that itself contains `{...}` (a program's output) is never filled again.
    /// A value that begins with a Latin letter or a digit right after a Chinese character gets a space before it, as
    /// Chinese text sets Latin words apart (gaps 17A: "等待ProcessPoolExecutor#1" from "等待{what}"); a value that begins
    /// with Chinese or punctuation is joined as it is. In a Chinese template, a space right after a value that ends with
    /// full-width punctuation is dropped: Chinese sets no space next to `）`, `，`, `。` (docs/glossary-zh.md).
    func fill(_ value: (String) -> String?) -> String {
        if pieces.count == 1, case let .text(whole) = pieces[0] { return whole }
        var out = ""
        out.reserveCapacity(literalBytes + 16)
        var endsFullWidth = false
        // gaps 38A: a Chinese name filled in (a process named "加法0") is a Chinese word: the spaces the template sets
        // around a name, for Latin ones, come off where Chinese text meets it ("加法0和加法2都从", not "加法0 和 加法2 都从")
        var endsChineseWord = false
        for piece in pieces {
            switch piece {
            case let .text(text):
                out += endsFullWidth && text.utf8.first == UInt8(ascii: " ") ? text.dropFirst()
                    : endsChineseWord && Self.spaceBeforeHan(text) ? text.dropFirst() : Substring(text)
                endsFullWidth = false
                endsChineseWord = false
            case let .slot(name, afterHan):
                guard let filled = value(name) else { out += "{\(name)}"; endsFullWidth = false; endsChineseWord = false; continue }
                if afterHan, let first = filled.unicodeScalars.first, first.isASCII,
                   first.properties.isAlphabetic || ("0"..."9").contains(first) { out += " " }
                let chineseWord = chinese && Self.isChineseWord(filled)
                if chineseWord, Self.endsWithSpaceAfterChinese(out) { out.removeLast() }
                out += filled
                endsFullWidth = chinese && filled.unicodeScalars.last.map(Self.isFullWidthPunctuation) ?? false
                endsChineseWord = chineseWord
            }
        }
        return out
    }

    /// Every English and Chinese text, split once (on first use), by the key's position in `Phrase.allCases`.
    static let english = byPosition(Phrase.english)
    static let chinese = byPosition(Phrase.chinese)

    /// The template of `phrase` in `language`; the key's name if the catalog lacks it (PhraseTests fails then).
    static func of(_ phrase: Phrase, in language: Language) -> PhraseTemplate {
        let table = language == .zh ? chinese : english
        return table[phrase.position] ?? PhraseTemplate(phrase.rawValue)
    }

    /// Full-width punctuation (CJK symbols and punctuation, full-width forms, the curly quotes Chinese text uses).
    static func isFullWidthPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        (0x3000...0x303F).contains(scalar.value) || (0xFF01...0xFF0F).contains(scalar.value)
            || (0xFF1A...0xFF20).contains(scalar.value) || (0xFF3B...0xFF40).contains(scalar.value)
            || (0xFF5B...0xFF65).contains(scalar.value) || scalar == "\u{201C}" || scalar == "\u{201D}"
    }

    /// A value that reads as one Chinese word: it begins with a Chinese character and holds no space ("加法0").
    static func isChineseWord(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, isHan(first) else { return false }
        return !value.unicodeScalars.contains(" ")
    }

    /// Text that begins with one space and then a Chinese character or full-width punctuation.
    static func spaceBeforeHan(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard scalars.next() == " ", let next = scalars.next() else { return false }
        return isHan(next) || isFullWidthPunctuation(next)
    }

    /// Text that ends with a Chinese character or full-width punctuation and then one space.
    static func endsWithSpaceAfterChinese(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard scalars.last == " " else { return false }
        let before = scalars.index(before: scalars.endIndex)
        guard before > scalars.startIndex else { return false }
        let scalar = scalars[scalars.index(before: before)]
        return isHan(scalar) || isFullWidthPunctuation(scalar)
    }

    /// A CJK ideograph (the unified block and its extension A): where Chinese text runs.
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }

    private static func byPosition(_ texts: [Phrase: String]) -> [PhraseTemplate?] {
        var table = [PhraseTemplate?](repeating: nil, count: Phrase.allCases.count)
        for (phrase, text) in texts { table[phrase.position] = PhraseTemplate(text) }
        return table
    }
}

extension Phrase {
    /// The key's position in `allCases` (its declaration order): found without hashing its name, which a
    /// dictionary keyed by a `String`-backed enum does on every look-up.
    var position: Int {
        // A key without payload is stored as its declaration index: one byte up to 256 keys, two up to 65,536.
        switch MemoryLayout<Phrase>.size {
        case 1: Int(unsafeBitCast(self, to: UInt8.self))
        case 2: Int(unsafeBitCast(self, to: UInt16.self))
        default: Self.positions[self]!
        }
    }

    /// Positions by key, for a layout other than the above (never on today's compilers; `PhraseTests` checks).
    private static let positions = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($0.element, $0.offset) })
}
