/// Symbols measured in columns, so that rules, bars and grids stay aligned whether the terminal
/// draws East Asian Ambiguous symbols (─, │, ·, █, …) one column wide or two (`AmbiguousWidth`).
extension Painter {
    /// A symbol for a place that has exactly one column: `unicode` when it is one column wide
    /// in the current reading, else `ascii` (box and block glyphs are all ambiguous, so in the
    /// wide reading bars and strips are drawn in ASCII).
    public func cell(_ unicode: String, ascii: String) -> String {
        let chosen = symbol(unicode, ascii: ascii)
        return chosen.displayWidth == 1 ? chosen : ascii
    }

    /// `unicode` (or `ascii`) repeated to fill exactly `columns` columns. A glyph drawn two columns
    /// wide fills pairs; an odd column left over gets the ASCII glyph, so the rule stays unbroken.
    public func rule(_ unicode: String, ascii: String, columns: Int) -> String {
        guard columns > 0 else { return "" }
        let glyph = symbol(unicode, ascii: ascii)
        let glyphWidth = glyph.displayWidth
        guard glyphWidth > 0 else { return String(repeating: ascii, count: columns) }
        let whole = columns / glyphWidth, rest = columns - whole * glyphWidth
        return String(repeating: glyph, count: whole) + String(repeating: ascii.isEmpty ? " " : ascii, count: rest)
    }
}
