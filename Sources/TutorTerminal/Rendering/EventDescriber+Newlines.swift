import TutorCore

/// Finding a newline in a row's text before it is split, cheaply: nearly no row holds one.
extension EventDescriber {
    /// Whether `text`'s UTF-8 holds a byte or sequence that begins a newline character (U+000A to U+000D,
    /// U+0085, U+2028, U+2029): false for nearly every row, found without walking its characters.
    static func mayHoldNewline(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { mayHoldNewline($0) }
    }

    /// The same for a row's UTF-8 (rows written straight into bytes, `FrequentRowWriter`).
    static func mayHoldNewline(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        do {
            guard let base = bytes.baseAddress else { return false }
            let count = bytes.count
            // Eight bytes at a time: a word with no byte below 0x0E and none from 0x80 up (a plain ASCII row,
            // nearly every byte of every row) begins no newline; only the other words are looked at byte by
            // byte. This ran for every event a find indexes, a byte at a time: 6% of the index's cost.
            let high: UInt64 = 0x8080_8080_8080_8080
            var i = 0
            while i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                // Some byte below 0x0E sets its high bit here (bytes from 0x80 up are caught by `word & high`).
                let below = (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & high
                if (below | word & high) != 0 {
                    for k in i..<(i + 8) where Self.beginsNewline(bytes, at: k) { return true }
                }
                i += 8
            }
            while i < count {
                if Self.beginsNewline(bytes, at: i) { return true }
                i += 1
            }
            return false
        }
    }
}

private extension EventDescriber {
    /// Whether a newline character begins at byte `i` of `bytes`.
    static func beginsNewline(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        switch bytes[i] {
        case 0x0A...0x0D: return true
        case 0xC2: return i + 1 < bytes.count && bytes[i + 1] == 0x85
        case 0xE2: return i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)
        default: return false
        }
    }
}
