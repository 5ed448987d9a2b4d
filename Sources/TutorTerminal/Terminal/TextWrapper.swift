import TutorCore

/// Wraps text to a column width, measuring in terminal columns rather than characters.
public enum TextWrapper {
    /// Splits `text` into lines no wider than `width` columns, each starting with an indent.
    ///
    /// Lines break at spaces and between CJK characters (which need no spaces), but never before
    /// closing punctuation such as `。` or `)`. A word wider than the line is broken by character.
    /// Newlines in `text` are kept as line breaks. Colour sequences are kept; a style that is
    /// active at a line break is reset at the end of that line and reopened after the next indent.
    /// - Parameters:
    ///   - text: the text to wrap; empty text gives no lines.
    ///   - width: the total line width, indent included.
    ///   - indent: what starts every line after the first.
    ///   - firstIndent: what starts the first line; `indent` when nil.
    /// - Returns: the lines, without trailing spaces or newlines.
    public static func wrap(_ text: String, width: Int, indent: String = "", firstIndent: String? = nil) -> [String] {
        guard !text.isEmpty else { return [] }
        var layout = WrapLayout(width: width, indent: indent, firstIndent: firstIndent ?? indent)
        for hardLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            layout.place(WrapWord.words(in: String(hardLine)))
        }
        return layout.finishedLines()
    }
}
