import TutorCore
import TutorAnalysis

extension MarkdownRenderer {
    /// Inline runs as one painted string, ready for wrapping.
    ///
    /// Runs are flattened to (text, styles) pairs first and each pair painted on its own, so nested
    /// styles (bold inside italic) survive the resets that end each painted piece.
    func render(_ inlines: [MarkdownInline]) -> String {
        var runs: [StyledRun] = []
        collect(inlines, styles: [], into: &runs)
        return runs.map { painter.paint($0.text, styles: $0.styles) }.joined()
    }
}

private struct StyledRun {
    let text: String
    let styles: [TextStyle]
}

private extension MarkdownRenderer {
    func collect(_ inlines: [MarkdownInline], styles: [TextStyle], into runs: inout [StyledRun]) {
        for inline in inlines {
            switch inline {
            case let .text(text):
                runs.append(StyledRun(text: sanitized(text), styles: styles))
            case let .emphasis(children):
                collect(children, styles: styles + [.italic], into: &runs)
            case let .strong(children):
                collect(children, styles: styles + [.bold], into: &runs)
            case let .code(code):
                runs.append(StyledRun(text: codeSpan(sanitized(code)), styles: styles + [.cyan]))
            case let .link(text, url):
                collect(text, styles: styles + [.underline], into: &runs)
                if text != [.text(url)] {
                    runs.append(StyledRun(text: " (" + sanitized(url) + ")", styles: styles + [.dim]))
                }
            }
        }
    }

    /// With colour the code colour marks the span; without it the backticks stay as the marker.
    func codeSpan(_ code: String) -> String {
        guard !capabilities.color else { return code }
        let fence = code.contains("`") ? "``" : "`"
        let padding = code.hasPrefix("`") || code.hasSuffix("`") ? " " : ""
        return fence + padding + code + padding + fence
    }

    /// Keeps hard line breaks but neutralises every other control character.
    func sanitized(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TextSanitizer.neutralize(String($0), keepColors: false) }
            .joined(separator: "\n")
    }
}
