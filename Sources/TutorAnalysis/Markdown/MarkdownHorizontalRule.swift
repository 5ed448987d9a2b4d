import TutorCore

/// A thematic break: three or more `-`, `*` or `_`, optionally spaced.
enum MarkdownHorizontalRule {
    static func starts(_ line: MarkdownLine) -> Bool {
        guard line.indent < 4, let marker = line.content.first, "-*_".contains(marker) else { return false }
        let significant = line.content.filter { $0 != " " && $0 != "\t" }
        return significant.count >= 3 && significant.allSatisfy { $0 == marker }
    }

    static func read(using reader: inout MarkdownReader) -> MarkdownBlock {
        reader.skipLine()
        return .horizontalRule
    }
}
