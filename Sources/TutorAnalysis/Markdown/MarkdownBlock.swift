import TutorCore

/// A top-level markdown block.
public enum MarkdownBlock: Sendable, Equatable {
    /// `#` to `######` headings (and setext `===` / `---` underlined ones), level 1–6.
    case heading(level: Int, [MarkdownInline])
    /// Lines of text, soft line breaks joined.
    case paragraph([MarkdownInline])
    /// A `-`, `*`, `+` or `1.` list; each item is its text with continuation lines joined.
    /// Nested items are flattened into the same list.
    case list(ordered: Bool, start: Int, items: [[MarkdownInline]])
    /// A fenced (```` ``` ```` or `~~~`) code block; `language` is the first word of the info string.
    case codeBlock(language: String?, code: String)
    /// `>` quoted lines, joined like a paragraph.
    case blockquote([MarkdownInline])
    /// `---`, `***` or `___`.
    case horizontalRule
    /// A GFM table: `| a | b |`, then `|---|:-:|`, then rows.
    case table(MarkdownTable)
}
