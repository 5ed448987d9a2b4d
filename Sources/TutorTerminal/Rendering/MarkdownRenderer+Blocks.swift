import TutorCore
import TutorAnalysis

extension MarkdownRenderer {
    /// The lines of one block.
    func render(_ block: MarkdownBlock) -> [String] {
        switch block {
        case let .heading(level, inlines):
            return heading(level: level, inlines)
        case let .paragraph(inlines):
            return TextWrapper.wrap(render(inlines), width: width)
        case let .list(ordered, start, items):
            return list(ordered: ordered, start: start, items: items)
        case let .codeBlock(language, code):
            return codeBlock(language: language, code: code)
        case let .blockquote(inlines):
            let bar = painter.paint(painter.symbol("│", ascii: "|"), .dim) + " "
            return TextWrapper.wrap(render(inlines), width: width, indent: bar)
        case .horizontalRule:
            return [painter.paint(painter.rule("─", ascii: "-", columns: width), .dim)]
        case let .table(contents):
            return table(contents)
        }
    }
}

private extension MarkdownRenderer {
    /// Level 1 and 2 get a rule underneath; without colour, levels 3+ keep their `#`s so they still
    /// stand out from paragraphs.
    func heading(level: Int, _ inlines: [MarkdownInline]) -> [String] {
        let styles: [TextStyle] = switch level {
        case 1: [.bold, .cyan]
        case 2: [.bold]
        case 3: [.bold, .underline]
        default: [.bold]
        }
        let marker = level >= 3 && !capabilities.color ? String(repeating: "#", count: level) + " " : ""
        let text = painter.paint(render(inlines), styles: styles)
        let lines = TextWrapper.wrap(text, width: width, firstIndent: marker)
        guard level <= 2, !lines.isEmpty else { return lines }
        var ruleWidth = min(lines.map(\.displayWidth).max() ?? 0, width)
        // A rule of two-column glyphs covers an odd-width heading by reaching one column further.
        let glyphWidth = painter.columns(of: "═", ascii: "=")
        if ruleWidth % glyphWidth != 0, ruleWidth + 1 <= width { ruleWidth += 1 }
        let rule = level == 1 ? painter.rule("═", ascii: "=", columns: ruleWidth) : painter.rule("─", ascii: "-", columns: ruleWidth)
        return lines + [painter.paint(rule, .dim)]
    }

    /// Items hang under their marker: `•` (or `-`) bullets, or right-aligned numbers.
    func list(ordered: Bool, start: Int, items: [[MarkdownInline]]) -> [String] {
        let markers = items.indices.map { offset in
            ordered ? "\(start + offset)." : painter.symbol("•", ascii: "-")
        }
        let markerWidth = markers.map(\.displayWidth).max() ?? 1
        return zip(markers, items).flatMap { marker, item in
            let first = "  " + String(repeating: " ", count: markerWidth - marker.displayWidth) + marker + " "
            let rest = String(repeating: " ", count: first.displayWidth)
            let lines = TextWrapper.wrap(render(item), width: width, indent: rest, firstIndent: first)
            return lines.isEmpty ? [first.trimmingTrailingSpaces] : lines
        }
    }

    /// Code is indented behind a bar and never wrapped, so it can be copied and read as written.
    func codeBlock(language: String?, code: String) -> [String] {
        let safe = TextSanitizer.neutralize(code, keepColors: false)
        let isPython = ["python", "python3", "py"].contains(language?.lowercased() ?? "")
        let body = isPython ? PythonHighlighter(painter: painter).highlight(safe) : safe
        let bar = "  " + painter.paint(painter.symbol("│", ascii: "|"), .dim)
        return body.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.isEmpty ? bar : bar + " " + line
        }
    }
}
