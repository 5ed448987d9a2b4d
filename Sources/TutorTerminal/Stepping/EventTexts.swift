import TutorAnalysis

/// Every event of a run in words, made when asked for: a screen shows one event's words and its lanes'
/// neighbours, so putting a million events in words before the first screen (twice: with colour and
/// for searching) only delayed that screen and held the text in memory.
struct EventTexts: Sendable, RandomAccessCollection {
    let describer: EventDescriber
    let lowercased: Bool
    /// The commonest rows straight into bytes (the same bytes as `describer`'s).
    let writer: FrequentRowWriter

    init(describer: EventDescriber, lowercased: Bool) {
        self.describer = describer
        self.lowercased = lowercased
        writer = FrequentRowWriter(describer: describer)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { describer.timeline.events.count }

    subscript(index: Int) -> String {
        let text = describer.describe(index)
        return lowercased ? text.lowercased() : text
    }

    /// Appends the UTF-8 of `self[index]` to `bytes`, without a second string when no character of the text
    /// changes in lower case but A-Z (nearly every row: its marks and arrows have no case); else as `self[index]`.
    func appendUTF8(of index: Int, to bytes: inout [UInt8]) {
        let start = bytes.count
        // A pool's, lock's or queue's row is written straight into bytes (a tenth of describing it); any other
        // row is described.
        if !writer.write(index, to: &bytes) {
            var text = describer.describe(index)
            text.withUTF8 { bytes.append(contentsOf: $0) }
        }
        guard lowercased else { return }
        // Copied whole, then lower-cased in place byte by byte: appending scalar by scalar was a fifth of the
        // index's cost, and a row is nearly all ASCII. A scalar beyond ASCII is decoded from its first byte
        // (0xC0 and up; the string's UTF-8 is valid) and its bytes stepped over.
        let whole = bytes.withUnsafeMutableBufferPointer { all -> Bool in
            // The last scalar beyond ASCII found not to change: a row's marks (▶ ✓ →) repeat, and asking
            // Unicode's tables each time was a tenth of the index's cost.
            var unchanged: UInt32 = 0
            var i = start
            while i < all.count {
                let byte = all[i]
                if byte < 0x80 {
                    if byte &- 0x41 < 26 { all[i] = byte | 0x20 }
                    i += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length { value = value << 6 | UInt32(all[i + k] & 0x3F) }
                if value != unchanged {
                    guard let scalar = Unicode.Scalar(value), Self.caseless(scalar) || !scalar.properties.changesWhenLowercased
                    else { return false }
                    unchanged = value
                }
                i += length
            }
            return true
        }
        guard !whole else { return }
        let text = String(decoding: bytes[start...], as: UTF8.self)
        bytes.removeSubrange(start...)
        bytes.append(contentsOf: text.lowercased().utf8)
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
