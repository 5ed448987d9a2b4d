extension Character {
    /// Columns this grapheme cluster takes in a terminal: 0, 1 or 2, in the current `AmbiguousWidth` reading.
    public var displayWidth: Int { displayWidth(ambiguousWide: AmbiguousWidth.isWide) }

    /// Columns this grapheme cluster takes: 0, 1 or 2.
    /// - Parameter ambiguousWide: whether East Asian Ambiguous characters count two columns.
    func displayWidth(ambiguousWide: Bool) -> Int {
        if let ascii = asciiValue { return ascii < 0x20 || ascii == 0x7F ? 0 : 1 }
        let scalars = unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.properties.generalCategory == .control { return 0 }
        // An emoji variation selector or a flag (pair of regional indicators) asks for a picture.
        if scalars.contains(where: { $0.value == 0xFE0F }) || (0x1F1E6...0x1F1FF).contains(first.value) {
            return 2
        }
        guard let base = scalars.first(where: { !$0.isZeroWidth }) else { return 0 }
        return base.displayWidth(ambiguousWide: ambiguousWide)
    }

    /// Whether this character is East Asian Ambiguous: its width depends on the terminal.
    var isAmbiguousWidth: Bool {
        unicodeScalars.first.map { $0.isAmbiguousWidth && !$0.isZeroWidth } ?? false
    }

    /// Whether this is wide (full-width) punctuation, such as `，`, `。`, `：` or `「`.
    public var isWidePunctuation: Bool {
        guard let first = unicodeScalars.first, first.isWide else { return false }
        switch first.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// Whether a line may break on either side of this character, as between CJK ideographs.
    public var allowsBreakAround: Bool {
        guard let first = unicodeScalars.first else { return false }
        return first.isWide && !first.properties.isEmojiPresentation
    }
}
