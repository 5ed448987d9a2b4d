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

    /// `unicode` (or `ascii`) repeated over `columns` columns: as many whole glyphs as fit, so a
    /// glyph drawn two columns wide leaves an odd last column empty (callers that need an exact
    /// fill, like table borders, ask for an even width in that reading).
    public func rule(_ unicode: String, ascii: String, columns: Int) -> String {
        guard columns > 0 else { return "" }
        let glyph = symbol(unicode, ascii: ascii)
        return String(repeating: glyph, count: columns / max(1, glyph.displayWidth))
    }

    /// The columns one glyph of `unicode` (or `ascii`) takes in the current reading.
    func columns(of unicode: String, ascii: String) -> Int {
        max(1, symbol(unicode, ascii: ascii).displayWidth)
    }
}
