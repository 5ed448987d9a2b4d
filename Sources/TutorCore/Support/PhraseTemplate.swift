/// A catalog text split once at its `{name}` placeholders, so that filling it walks a few pieces instead of
/// scanning the text for braces: the step view's search index puts a million events in words, and the
/// scan, with the lookups of each name among the values, was half of that time.
struct PhraseTemplate: Sendable {
    /// Text as it is, or a placeholder's name.
    enum Piece: Sendable {
        case text(String)
        case slot(String)
    }

    let pieces: [Piece]
    /// The template's own bytes: what a text filled with short values needs room for.
    let literalBytes: Int

    /// Splits `template` at each `{name}`: a `{` with no `}` after it is text, as `fill` always read it.
    init(_ template: String) {
        var pieces: [Piece] = []
        var literal = 0
        var rest = Substring(template)
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")),
              let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "}")) {
            if open > rest.startIndex {
                pieces.append(.text(String(rest[..<open])))
                literal += rest.utf8.distance(from: rest.startIndex, to: open)
            }
            pieces.append(.slot(String(rest[rest.utf8.index(after: open)..<close])))
            rest = rest[rest.utf8.index(after: close)...]
        }
        if !rest.isEmpty {
            pieces.append(.text(String(rest)))
            literal += rest.utf8.count
        }
        self.pieces = pieces
        literalBytes = literal
    }

    /// The text with each placeholder replaced by `value(name)`, left as `{name}` when that is nil.
    /// One pass: a value that itself contains `{...}` (a program's output) is never filled again.
    func fill(_ value: (String) -> String?) -> String {
        if pieces.count == 1, case let .text(whole) = pieces[0] { return whole }
        var out = ""
        out.reserveCapacity(literalBytes + 16)
        for piece in pieces {
            switch piece {
            case let .text(text): out += text
            case let .slot(name): out += value(name) ?? "{\(name)}"
            }
        }
        return out
    }

    /// Every English and Chinese text, split once (on first use).
    static let english: [Phrase: PhraseTemplate] = Phrase.english.mapValues(PhraseTemplate.init)
    static let chinese: [Phrase: PhraseTemplate] = Phrase.chinese.mapValues(PhraseTemplate.init)
}
