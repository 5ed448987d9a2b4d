import TutorCore

/// The start of a list item: `-`, `*`, `+`, or a number followed by `.` or `)`, then a space.
struct MarkdownListMarker {
    let ordered: Bool
    let number: Int
    /// Columns of indentation before the marker.
    let indent: Int
    /// The column where the item's text starts.
    let contentIndent: Int
    /// The item's text on the marker line.
    let content: Substring

    init?(_ line: MarkdownLine) {
        let text = line.content
        guard let first = text.first else { return nil }
        let markerLength: Int
        if "-*+".contains(first) {
            ordered = false
            number = 1
            markerLength = 1
        } else {
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count), let value = Int(digits) else { return nil }
            let delimiter = text.dropFirst(digits.count).first
            guard delimiter == "." || delimiter == ")" else { return nil }
            ordered = true
            number = value
            markerLength = digits.count + 1
        }
        let afterMarker = text.dropFirst(markerLength)
        guard afterMarker.isEmpty || afterMarker.first == " " || afterMarker.first == "\t" else { return nil }
        let spaces = min(afterMarker.prefix { $0 == " " }.count, 4)
        indent = line.indent
        contentIndent = line.indent + markerLength + max(spaces, 1)
        content = afterMarker.markdownTrimmed
    }
}
