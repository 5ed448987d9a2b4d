@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport
import XCTest

final class MarkdownTableParsingTests: XCTestCase {
    private func blocks(_ text: String) -> [MarkdownBlock] {
        MarkdownDocument(parsing: text).blocks
    }

    private func table(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> MarkdownTable? {
        let parsed = blocks(text)
        guard parsed.count == 1, case let .table(table) = parsed[0] else {
            XCTFail("expected one table, got \(parsed)", file: file, line: line)
            return nil
        }
        return table
    }

    private func texts(_ cells: [MarkdownTable.Cell]) -> [String] {
        cells.map { cell in
            cell.map { inline in
                if case let .text(text) = inline { return text }
                return "<\(inline)>"
            }.joined()
        }
    }

    func testHeaderDelimiterAndBodyRows() {
        XCTAssertEqual(
            table("| a | b |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |"),
            MarkdownTable(
                alignments: [.none, .none],
                header: [[.text("a")], [.text("b")]],
                rows: [[[.text("1")], [.text("2")]], [[.text("3")], [.text("4")]]]
            )
        )
    }

    func testAlignmentsFromColons() {
        XCTAssertEqual(table("a|b|c|d\n:---|:---:|---:|-")?.alignments, [.left, .center, .right, .none])
        XCTAssertEqual(table("| x |\n|:-:|")?.alignments, [.center])
    }

    func testLeadingAndTrailingPipesAreOptional() {
        let expected = [["a", "b"], ["1", "2"]]
        for source in ["| a | b |\n|---|---|\n| 1 | 2 |", "a | b\n---|---\n1 | 2", "| a | b\n---|--- |\n1 | 2 |"] {
            guard let parsed = table(source) else { continue }
            XCTAssertEqual([texts(parsed.header)] + parsed.rows.map(texts), expected, source)
        }
    }

    func testEscapedPipesStayInTheirCell() {
        let parsed = table("| f\\|oo | x |\n|---|---|\n| b `\\|` az | \\\\|")
        XCTAssertEqual(parsed?.header.first, [.text("f|oo")])
        XCTAssertEqual(parsed?.rows.first?.first, [.text("b "), .code("|"), .text(" az")])
        // An escaped backslash does not escape the pipe after it.
        XCTAssertEqual(parsed?.rows.first?.last, [.text("\\")])
    }

    func testInlineMarkupInCells() {
        let parsed = table("| **bold** | [link](http://x) |\n|---|---|\n| *it* `code` | 中文 |")
        XCTAssertEqual(parsed?.header, [[.strong([.text("bold")])], [.link(text: [.text("link")], url: "http://x")]])
        XCTAssertEqual(parsed?.rows, [[[.emphasis([.text("it")]), .text(" "), .code("code")], [.text("中文")]]])
    }

    func testShortRowsArePaddedAndLongRowsCut() {
        let parsed = table("| a | b | c |\n|---|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 |")
        XCTAssertEqual(parsed?.rows.map(texts), [["1", "", ""], ["1", "2", "3"]])
    }

    func testEmptyCellsAndTableWithoutBody() {
        XCTAssertEqual(table("| a | |\n|---|---|\n| | b |")?.rows.map(texts), [["", "b"]])
        XCTAssertEqual(table("| a |\n|---|"), MarkdownTable(alignments: [.none], header: [[.text("a")]]))
    }

    func testMismatchedDelimiterRowIsAParagraph() {
        XCTAssertEqual(blocks("| a | b |\n| --- |\n| 1 |"), [.paragraph([.text("| a | b | | --- | | 1 |")])])
    }

    func testPipesWithoutDelimiterRowAreAParagraph() {
        XCTAssertEqual(blocks("| a | b |\n| 1 | 2 |"), [.paragraph([.text("| a | b | | 1 | 2 |")])])
        XCTAssertEqual(blocks("| a | b |\n\n|---|---|"), [.paragraph([.text("| a | b |")]), .paragraph([.text("|---|---|")])])
    }

    func testMalformedDelimiterCellsAreNotATable() {
        XCTAssertEqual(blocks("a | b\n--- | -x-"), [.paragraph([.text("a | b --- | -x-")])])
        XCTAssertEqual(blocks("a | b\n:: | ---"), [.paragraph([.text("a | b :: | ---")])])
        XCTAssertEqual(blocks("a | b\n--- --- | ---"), [.paragraph([.text("a | b --- --- | ---")])])
    }

    func testDelimiterRowWithoutPipeIsASetextUnderline() {
        XCTAssertEqual(blocks("| a |\n---"), [.heading(level: 2, [.text("| a |")])])
    }

    func testIndentedHeaderIsNotATable() {
        XCTAssertEqual(blocks("    a | b\n    --|--"), [.paragraph([.text("a | b --|--")])])
    }

    func testTableInterruptsAParagraph() {
        XCTAssertEqual(
            blocks("Some text\n| a |\n|---|\n| 1 |"),
            [.paragraph([.text("Some text")]), .table(MarkdownTable(alignments: [.none], header: [[.text("a")]], rows: [[[.text("1")]]]))]
        )
    }

    func testBodyEndsAtABlankLineOrAnotherBlock() {
        let one = MarkdownTable(alignments: [.none, .none], header: [[.text("a")], [.text("b")]], rows: [[[.text("1")], [.text("2")]]])
        XCTAssertEqual(blocks("| a | b |\n|---|---|\n| 1 | 2 |\n\nafter"), [.table(one), .paragraph([.text("after")])])
        XCTAssertEqual(blocks("| a | b |\n|---|---|\n| 1 | 2 |\n> quote"), [.table(one), .blockquote([.text("quote")])])
        XCTAssertEqual(blocks("| a | b |\n|---|---|\n| 1 | 2 |\n# Title"), [.table(one), .heading(level: 1, [.text("Title")])])
        XCTAssertEqual(blocks("| a | b |\n|---|---|\n| 1 | 2 |\n- item"), [.table(one), .list(ordered: false, start: 1, items: [[.text("item")]])])
        XCTAssertEqual(
            blocks("| a | b |\n|---|---|\n| 1 | 2 |\n```\ncode\n```"),
            [.table(one), .codeBlock(language: nil, code: "code")]
        )
    }

    func testALineWithoutPipesAfterTheDelimiterIsStillARow() {
        // GFM: the table ends at a blank line or another block, not at the first line without a pipe.
        XCTAssertEqual(table("| a | b |\n|---|---|\nbar")?.rows.map(texts), [["bar", ""]])
    }

    func testHandBuiltTablesAreFittedToTheColumns() {
        let built = MarkdownTable(alignments: [.left, .right], header: [[.text("a")]], rows: [[[.text("1")], [.text("2")], [.text("3")]]])
        XCTAssertEqual(built.header, [[.text("a")], []])
        XCTAssertEqual(built.rows, [[[.text("1")], [.text("2")]]])
        XCTAssertEqual(built.columnCount, 2)
    }
}
