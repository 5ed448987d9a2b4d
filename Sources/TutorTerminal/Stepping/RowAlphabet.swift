import TutorCore

/// The bytes a kind of row may hold outside its values (its catalog text, marks, a task's name, digits), as
/// written and lower-cased: a find's text with a byte in none of them is in such a row only if one of the row's
/// values holds that byte (`RowPrefilter`, `DescribedRowFilter`).
struct RowAlphabet {
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

    /// The first byte of `needle` in none of the bytes added; nil when each is in some.
    func absent(from needle: [UInt8]) -> UInt8? { needle.first { !present[Int($0)] } }

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

    /// Whether `value`, lower-cased, certainly lacks `byte`: it is printable ASCII (a byte beyond ASCII may
    /// lower-case to anything; a newline is shown as ↵ and a control character in a print by a visible form), and
    /// holds the byte in neither case.
    @inline(__always) static func lacks(_ byte: UInt8, _ value: String?) -> Bool {
        guard var value else { return true }
        let upper = byte &- 0x61 < 26 ? byte - 0x20 : byte
        return value.withUTF8 { bytes in
            for b in bytes where b == byte || b == upper || b &- 0x20 >= 0x5F { return false }
            return true
        }
    }
}
