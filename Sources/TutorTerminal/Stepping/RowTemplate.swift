import TutorCore

/// One catalog text of a row split once into its fixed bytes and its slots, in order, as `Phrase.text` fills it:
/// made by filling the text with marks no catalog text holds and cutting at them, so the pieces are the
/// catalog's own (both languages, the `{s}` plural given as a slot of its own) and no template is parsed twice.
struct RowTemplate: Sendable {
    /// The fixed bytes before each slot, and after the last: one more than `slots`.
    private let fixed: [[UInt8]]
    /// Which value fills each slot, by its position in the names given.
    private let slots: [Int]

    /// `phrase` in `language` with placeholders `names` (the values `write` is given, in this order); nil when the
    /// text cannot be cut cleanly (a name the text fills twice is fine; a mark the text holds itself is not).
    init?(_ phrase: Phrase, in language: Language, names: [String]) {
        guard names.count <= 8 else { return nil }
        let values: KeyValuePairs<String, any CustomStringConvertible>
        let marks = names.indices.map { String(Unicode.Scalar(Self.markBase + UInt32($0))!) }
        switch names.count {
        case 1: values = [names[0]: marks[0]]
        case 2: values = [names[0]: marks[0], names[1]: marks[1]]
        case 3: values = [names[0]: marks[0], names[1]: marks[1], names[2]: marks[2]]
        case 4: values = [names[0]: marks[0], names[1]: marks[1], names[2]: marks[2], names[3]: marks[3]]
        default: return nil
        }
        let text = Array(phrase.text(in: language, values).utf8)
        // The marks are three bytes each (EE 80 8x): the private use area, which no catalog text uses.
        guard !Array(phrase.template(in: language).utf8).contains(0xEE) else { return nil }
        var fixed: [[UInt8]] = [[]], slots: [Int] = []
        var i = 0
        while i < text.count {
            if text[i] == 0xEE, i + 2 < text.count, text[i + 1] == 0x80, text[i + 2] >= 0x80, Int(text[i + 2] - 0x80) < names.count {
                slots.append(Int(text[i + 2] - 0x80))
                fixed.append([])
                i += 3
            } else {
                fixed[fixed.count - 1].append(text[i])
                i += 1
            }
        }
        self.fixed = fixed
        self.slots = slots
    }

    /// Every byte of the text outside its slots.
    var fixedBytes: [UInt8] { fixed.flatMap { $0 } }

    /// Appends the text to `bytes`, each slot filled by `value(k, &bytes)` with `k` its name's position.
    @inline(__always) func write(into bytes: inout [UInt8], _ value: (Int, inout [UInt8]) -> Void) {
        bytes.append(contentsOf: fixed[0])
        for k in slots.indices {
            value(slots[k], &bytes)
            bytes.append(contentsOf: fixed[k + 1])
        }
    }

    /// The first mark's scalar (U+E000: private use).
    private static let markBase: UInt32 = 0xE000
}
