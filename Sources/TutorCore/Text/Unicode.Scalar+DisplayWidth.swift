extension Unicode.Scalar {
    /// Whether this scalar occupies no column of its own (combining marks, joiners, selectors).
    var isZeroWidth: Bool {
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return true
        default:
            // Hangul medial vowels and final consonants join the preceding initial consonant.
            return (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value)
        }
    }

    /// Whether this scalar is East Asian Wide or Fullwidth, or an emoji shown as a picture.
    ///
    /// The emoji test covers pictures newer than the generated table; a lone regional indicator
    /// is narrow, as the table says (a pair of them, a flag, is measured as one wide `Character`).
    var isWide: Bool {
        guard value >= 0x1100 else { return false }
        if Self.eastAsianWideRanges.containsCodePoint(value) { return true }
        return properties.isEmojiPresentation && !(0x1F1E6...0x1F1FF).contains(value)
    }

    /// Whether this scalar is East Asian Ambiguous: one column in most terminals, two in CJK ones.
    var isAmbiguousWidth: Bool {
        value >= 0xA1 && Self.eastAsianAmbiguousRanges.containsCodePoint(value)
    }

    /// Columns this scalar takes when it starts a grapheme: 0, 1 or 2.
    /// - Parameter ambiguousWide: whether East Asian Ambiguous scalars count two columns.
    func displayWidth(ambiguousWide: Bool) -> Int {
        if value < 0x7F { return value < 0x20 ? 0 : 1 }
        if isZeroWidth { return 0 }
        if isWide { return 2 }
        return ambiguousWide && isAmbiguousWidth ? 2 : 1
    }
}

private extension Array where Element == UInt32 {
    /// Binary search in sorted, disjoint `first, last` pairs.
    func containsCodePoint(_ value: UInt32) -> Bool {
        var low = 0, high = count / 2
        while low < high {
            let middle = (low + high) / 2
            if value > self[2 * middle + 1] {
                low = middle + 1
            } else if value < self[2 * middle] {
                high = middle
            } else {
                return true
            }
        }
        return false
    }
}
