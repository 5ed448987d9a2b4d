extension Character {
    /// Columns this grapheme cluster takes in a terminal: 0, 1 or 2.
    public var displayWidth: Int {
        let scalars = unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.properties.generalCategory == .control { return 0 }
        // An emoji variation selector or a flag (pair of regional indicators) asks for a picture.
        if scalars.contains(where: { $0.value == 0xFE0F }) || (0x1F1E6...0x1F1FF).contains(first.value) {
            return 2
        }
        guard let base = scalars.first(where: { !$0.isZeroWidth }) else { return 0 }
        return base.isWide ? 2 : 1
    }

    /// Whether a line may break on either side of this character, as between CJK ideographs.
    public var allowsBreakAround: Bool {
        guard let first = unicodeScalars.first else { return false }
        return first.isWide && !first.properties.isEmojiPresentation
    }
}
