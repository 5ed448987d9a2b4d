extension String {
    /// The number of terminal columns this text occupies.
    ///
    /// East Asian Wide and Fullwidth characters and emoji count 2; East Asian Ambiguous ones
    /// (①, ─, ·, …) count 1, or 2 in the wide `AmbiguousWidth` reading; combining marks,
    /// zero-width characters, control characters and CSI escape sequences (colours) count 0.
    public var displayWidth: Int {
        if isPrintableASCII { return utf8.count }
        let ambiguousWide = AmbiguousWidth.isWide
        return ANSIScanner.segments(of: self).reduce(0) { total, segment in
            guard case let .character(character) = segment else { return total }
            return total + character.displayWidth(ambiguousWide: ambiguousWide)
        }
    }

    /// This text cut to at most `width` columns, ending in `ellipsis` when anything was cut.
    ///
    /// Never splits a wide character or an escape sequence; when a colour is still active at the
    /// cut, a reset follows the ellipsis so the style does not leak into later output.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        guard displayWidth > width else { return self }
        guard width > 0 else { return "" }
        let ellipsisWidth = ellipsis.displayWidth
        guard ellipsisWidth <= width else { return ellipsis.truncated(toWidth: width, ellipsis: "") }
        let budget = width - ellipsisWidth
        // One column a byte, no escape: the first `budget` bytes (a timeline's kept rows, cut to the screen: walking
        // them as characters cost ~27k instructions a row on the 100k futures replay).
        if isPrintableASCII { return String(utf8.prefix(budget))! + ellipsis }
        var result = ""
        var used = 0
        var styled = false
        let ambiguousWide = AmbiguousWidth.isWide
        for segment in ANSIScanner.segments(of: self) {
            switch segment {
            case let .character(character):
                let characterWidth = character.displayWidth(ambiguousWide: ambiguousWide)
                guard used + characterWidth <= budget else { return result + ellipsis + (styled ? ANSISegment.reset : "") }
                result.append(character)
                used += characterWidth
            case let .controlSequence(sequence):
                result += sequence
                if ANSISegment.isSGR(sequence) { styled = !ANSISegment.isReset(sequence) }
            }
        }
        return result + ellipsis + (styled ? ANSISegment.reset : "")
    }

    /// Whether every byte is printable ASCII (space to `~`): each is then one character of one column, and no
    /// escape sequence can be in the text. False when the bytes are not stored contiguously (the general way then).
    var isPrintableASCII: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } } ?? false
    }

    /// This text followed by spaces up to `width` columns; unchanged when already that wide or wider.
    public func padded(toWidth width: Int) -> String {
        let missing = width - displayWidth
        return missing > 0 ? self + String(repeating: " ", count: missing) : self
    }
}
