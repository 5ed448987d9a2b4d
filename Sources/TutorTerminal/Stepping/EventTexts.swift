import TutorAnalysis

/// Every event of a run in words, made when asked for: a screen shows one event's words and its lanes'
/// neighbours, so putting a million events in words before the first screen (twice: with colour and
/// for searching) only delayed that screen and held the text in memory.
struct EventTexts: Sendable, RandomAccessCollection {
    let describer: EventDescriber
    let lowercased: Bool

    var startIndex: Int { 0 }
    var endIndex: Int { describer.timeline.events.count }

    subscript(index: Int) -> String {
        let text = describer.describe(index)
        return lowercased ? text.lowercased() : text
    }

    /// Appends the UTF-8 of `self[index]` to `bytes`, without a second string when no character of the text
    /// changes in lower case but A-Z (nearly every row: its marks and arrows have no case); else as `self[index]`.
    func appendUTF8(of index: Int, to bytes: inout [UInt8]) {
        let text = describer.describe(index)
        guard lowercased else { return bytes.append(contentsOf: text.utf8) }
        let start = bytes.count
        // The last character beyond ASCII found not to change: a row's marks (▶ ✓ →) repeat, and asking
        // Unicode's tables each time was a tenth of the index's cost.
        var unchanged: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                bytes.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
            } else if scalar != unchanged, !Self.caseless(scalar), scalar.properties.changesWhenLowercased {
                bytes.removeSubrange(start...)
                return bytes.append(contentsOf: text.lowercased().utf8)
            } else {
                unchanged = scalar
                bytes.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
    }

    /// Blocks of characters that have no case (`EventTextsTests` checks every one against Unicode's tables):
    /// the marks, arrows and rules rows are drawn with, and Chinese.
    static func caseless(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00D7, 0x2000...0x206F, 0x2190...0x21FF, 0x2500...0x25FF, 0x2700...0x27BF, 0x3000...0x303F, 0x4E00...0x9FFF, 0xFF01...0xFF20: true
        default: false
        }
    }
}
