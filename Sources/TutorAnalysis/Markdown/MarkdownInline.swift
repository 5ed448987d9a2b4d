import TutorCore

/// A run of text inside a markdown block.
public indirect enum MarkdownInline: Sendable, Equatable {
    /// Plain text; a `"\n"` inside marks a hard line break (two trailing spaces or a backslash).
    case text(String)
    /// `*text*` or `_text_`.
    case emphasis([MarkdownInline])
    /// `**text**` or `__text__`.
    case strong([MarkdownInline])
    /// `` `code` ``, verbatim.
    case code(String)
    /// `[text](url)` or `<url>`.
    case link(text: [MarkdownInline], url: String)
}
