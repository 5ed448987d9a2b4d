import TutorCore

/// One line of markdown source, with its leading indentation measured.
struct MarkdownLine: Equatable {
    /// The line with leading tabs expanded to 4-column stops.
    let text: String
    /// Columns of leading whitespace.
    let indent: Int

    init(_ raw: String) {
        var expanded = ""
        var column = 0
        var rest = Substring(raw)
        while let first = rest.first, first == " " || first == "\t" {
            let spaces = first == "\t" ? 4 - column % 4 : 1
            expanded += String(repeating: " ", count: spaces)
            column += spaces
            rest = rest.dropFirst()
        }
        text = expanded + rest
        indent = column
    }

    /// The text after the indentation.
    var content: Substring { text.dropFirst(indent) }

    var isBlank: Bool { content.allSatisfy(\.isWhitespace) }

    /// The text with at most `columns` columns of indentation removed.
    func droppingIndent(upTo columns: Int) -> Substring {
        text.dropFirst(min(columns, indent))
    }
}
