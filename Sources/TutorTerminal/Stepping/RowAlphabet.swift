import TutorCore

/// The bytes a kind of row may hold outside its values (its catalog text, marks, a task's name, digits), as
/// written and lower-cased: a find's text with a byte in none of them is in such a row only if one of the row's
/// values holds that byte (`RowPrefilter`, `DescribedRowFilter`).
struct RowAlphabet: Sendable {
    private var present = [Bool](repeating: false, count: 256)

    init(_ pieces: [UInt8]...) {
        for piece in pieces { add(piece) }
    }

    /// Adds `bytes` and their lower case (the row is searched lower-cased).
    mutating func add(_ bytes: [UInt8]) {
        for byte in bytes + Array(String(decoding: bytes, as: UTF8.self).lowercased().utf8) { present[Int(byte)] = true }
    }

    mutating func add(_ text: String) { add(Array(text.utf8)) }

    /// Adds the catalog text of `phrase` in `language` outside its placeholders.
    mutating func add(_ phrase: Phrase, in language: Language) { add(Self.literal(phrase.template(in: language))) }

    /// The bytes of `needle` (its first 64) in none of the bytes added, as `NeedleMask`'s bits; 0 when each is in some.
    func absent(from needle: NeedleMask) -> UInt64 {
        var bits: UInt64 = 0
        for (i, byte) in needle.needle.prefix(64).enumerated() where !present[Int(byte)] { bits |= 1 << UInt64(i) }
        return bits
    }

    /// The catalog text of `phrase` in `language` outside its placeholders.
    static func literalText(_ phrase: Phrase, in language: Language) -> String {
        String(decoding: literal(phrase.template(in: language)), as: UTF8.self)
    }

    /// A template's bytes outside its `{name}` placeholders, cut as `PhraseTemplate` cuts it: a `{` with a `}`
    /// after it opens a placeholder up to that `}`; any other byte is text.
    static func literal(_ template: String) -> [UInt8] {
        let bytes = Array(template.utf8)
        var out: [UInt8] = [], i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "{"), let close = bytes[(i + 1)...].firstIndex(of: UInt8(ascii: "}")) {
                i = close + 1
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }
}
