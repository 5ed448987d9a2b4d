import TutorCore

/// Collects inline runs, merging consecutive characters into one `.text`.
struct MarkdownInlineBuilder {
    private(set) var inlines: [MarkdownInline] = []
    private var pendingText = ""

    mutating func append(_ character: Character) {
        pendingText.append(character)
    }

    mutating func append(_ inline: MarkdownInline) {
        if case let .text(text) = inline {
            pendingText += text
            return
        }
        flushText()
        inlines.append(inline)
    }

    /// The runs collected so far, with any pending text included.
    var result: [MarkdownInline] {
        var copy = self
        copy.flushText()
        return copy.inlines
    }

    private mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        inlines.append(.text(pendingText))
        pendingText = ""
    }
}
