import TutorCore
import TutorAnalysis

extension MarkdownRenderer {
    /// A table in a box-drawn grid (ASCII `+-|` without Unicode), columns aligned as the delimiter
    /// row asks. Text wraps inside its column when the table is wider than the line; when even
    /// wrapping cannot make it fit, or only in columns so narrow that a cell takes more than
    /// `tallestCell` lines, each row is shown as `Header: value` lines instead.
    func table(_ table: MarkdownTable) -> [String] {
        let header = table.header.map { painter.paint(render($0), .bold) }
        let rows = table.rows.map { $0.map(render) }
        let grid = [header] + rows
        let natural = table.alignments.indices.map { column in
            grid.map { lineWidths($0[column]).max() ?? 0 }.max() ?? 0
        }
        let minimum = table.alignments.indices.map { column in
            max(min(grid.map { longestWord($0[column]) }.max() ?? 0, Self.longestUnbrokenWord), Self.narrowestColumn)
        }
        // Every column costs its text, a space either side and the bar on its right; plus the left bar.
        // A bar is one column, or two where the terminal draws ambiguous symbols wide.
        let barWidth = painter.symbol("│", ascii: "|").displayWidth
        let overhead = (2 + barWidth) * table.columnCount + barWidth
        // Two-column border glyphs fill a column's width plus its two spaces exactly only when that
        // sum is even: in that reading odd columns get one more column, kept free beforehand.
        let evenColumns = painter.columns(of: "─", ascii: "-") == 2
        let spare = evenColumns ? table.columnCount : 0
        guard table.columnCount > 0,
              let fitted = TableColumnWidths.fit(natural: natural, minimum: minimum, available: width - overhead - spare)
        else { return tableRecords(header: header, rows: rows) }
        let widths = evenColumns ? fitted.map { $0 + $0 % 2 } : fitted
        let wrapped = grid.map { cells in
            zip(cells, widths).map { text, width in
                let lines = TextWrapper.wrap(text, width: width)
                return lines.isEmpty ? [""] : lines
            }
        }
        guard wrapped.allSatisfy({ $0.allSatisfy { $0.count <= Self.tallestCell } }) else {
            return tableRecords(header: header, rows: rows)
        }
        return tableGrid(wrapped, widths: widths, alignments: table.alignments)
    }

    /// Columns are not made narrower than this (unless their text is), so short words do not
    /// end up one per line.
    static let narrowestColumn = 6
    /// Words up to this width never break inside a column; longer ones (URLs, long identifiers) may.
    static let longestUnbrokenWord = 16
    /// A cell wrapped to more lines than this is hard to read across; the row-by-row layout is used instead.
    static let tallestCell = 5
}

private extension MarkdownRenderer {
    /// The grid of `wrapped`: the header row, then the body rows, each cell already wrapped to its column.
    func tableGrid(_ wrapped: [[[String]]], widths: [Int], alignments: [MarkdownTableAlignment]) -> [String] {
        // Rows are ruled apart only when some row takes several lines, where they would blur together.
        let ruleBetweenRows = wrapped.dropFirst().contains { $0.contains { $0.count > 1 } }
        var lines = [border(.top, widths: widths)]
        for (index, row) in wrapped.enumerated() {
            if index == 1 {
                lines.append(border(.header, widths: widths))
            } else if index > 1, ruleBetweenRows {
                lines.append(border(.between, widths: widths))
            }
            lines += gridLines(of: row, widths: widths, alignments: alignments)
        }
        return lines + [border(.bottom, widths: widths)]
    }

    /// The terminal lines of one row: every cell padded to its column, short cells filled with blank lines.
    func gridLines(of row: [[String]], widths: [Int], alignments: [MarkdownTableAlignment]) -> [String] {
        let height = row.map(\.count).max() ?? 1
        let bar = painter.paint(painter.symbol("│", ascii: "|"), .dim)
        return (0..<height).map { lineIndex in
            let cells = row.indices.map { column in
                let text = lineIndex < row[column].count ? row[column][lineIndex] : ""
                return aligned(text, width: widths[column], alignments[column])
            }
            return bar + " " + cells.joined(separator: " " + bar + " ") + " " + bar
        }
    }

    func aligned(_ text: String, width: Int, _ alignment: MarkdownTableAlignment) -> String {
        let missing = max(0, width - text.displayWidth)
        let left = switch alignment {
        case .none, .left: 0
        case .center: missing / 2
        case .right: missing
        }
        return String(repeating: " ", count: left) + text + String(repeating: " ", count: missing - left)
    }

    enum Border { case top, header, between, bottom }

    func border(_ kind: Border, widths: [Int]) -> String {
        let (left, fill, junction, right): (String, String, String, String) = switch kind {
        case .top: ("┌", "─", "┬", "┐")
        case .header: ("╞", "═", "╪", "╡")
        case .between: ("├", "─", "┼", "┤")
        case .bottom: ("└", "─", "┴", "┘")
        }
        let asciiFill = kind == .header ? "=" : "-"
        let segments = widths.map { painter.rule(fill, ascii: asciiFill, columns: $0 + 2) }
        let line = painter.symbol(left, ascii: "+") + segments.joined(separator: painter.symbol(junction, ascii: "+"))
            + painter.symbol(right, ascii: "+")
        return painter.paint(line, .dim)
    }

    /// The fallback for tables too wide to wrap: one bulleted item per row, one `Header: value`
    /// line per column, continuation lines indented under the value's field.
    func tableRecords(header: [String], rows: [[String]]) -> [String] {
        let bullet = "  " + painter.symbol("•", ascii: "-") + " "
        let records = rows.isEmpty ? [header.map { _ in "" }] : rows
        return records.flatMap { row in
            zip(header, row).enumerated().flatMap { column, field in
                let (label, value) = field
                let text = label.isEmpty ? value : value.isEmpty ? label : label + ": " + value
                let first = column == 0 ? bullet : "    "
                let lines = TextWrapper.wrap(text, width: width, indent: "      ", firstIndent: first)
                return lines.isEmpty ? [first.trimmingTrailingSpaces] : lines
            }
        }
    }

    func lineWidths(_ text: String) -> [Int] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).displayWidth }
    }

    func longestWord(_ text: String) -> Int {
        text.split(separator: "\n").flatMap { WrapWord.words(in: String($0)) }.map(\.width).max() ?? 0
    }
}
