import TutorCore

/// A GitHub-flavoured (GFM) table: a header row, one alignment per column, and body rows.
///
/// Every row has exactly one cell per column: the parser pads short rows with empty cells and
/// drops the cells of long rows past the last column, as GitHub does.
public struct MarkdownTable: Sendable, Equatable {
    /// One cell's inline content.
    public typealias Cell = [MarkdownInline]

    /// The alignment of each column; its count is the number of columns.
    public var alignments: [MarkdownTableAlignment]
    /// The header row's cells.
    public var header: [Cell]
    /// The body rows, each with one cell per column.
    public var rows: [[Cell]]

    /// Creates a table; `header` and each row are padded or cut to one cell per alignment.
    public init(alignments: [MarkdownTableAlignment], header: [Cell], rows: [[Cell]] = []) {
        self.alignments = alignments
        self.header = Self.fitted(header, columns: alignments.count)
        self.rows = rows.map { Self.fitted($0, columns: alignments.count) }
    }

    /// The number of columns.
    public var columnCount: Int { alignments.count }

    static func fitted(_ cells: [Cell], columns: Int) -> [Cell] {
        Array(cells.prefix(columns)) + Array(repeating: [], count: max(0, columns - cells.count))
    }
}
