@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport
import XCTest

final class MarkdownTableRendererTests: XCTestCase {
    private func render(_ text: String, width: Int = 80, color: Bool = false, unicode: Bool = true) -> String {
        let capabilities = TerminalCapabilities(color: color, unicode: unicode, width: width, isInteractive: false)
        return MarkdownRenderer(capabilities: capabilities).render(MarkdownDocument(parsing: text))
    }

    func testBoxDrawnGridAtNaturalWidth() {
        XCTAssertEqual(render("| a | bb |\n|---|---|\n| ccc | d |"), """
            ┌─────┬────┐
            │ a   │ bb │
            ╞═════╪════╡
            │ ccc │ d  │
            └─────┴────┘

            """)
    }

    func testASCIIBorders() {
        XCTAssertEqual(render("| a | bb |\n|---|---|\n| ccc | d |", unicode: false), """
            +-----+----+
            | a   | bb |
            +=====+====+
            | ccc | d  |
            +-----+----+

            """)
    }

    func testColumnAlignment() {
        let rendered = render("| left | centre | right |\n|:--|:-:|--:|\n| a | b | c |", unicode: false)
        XCTAssertTrue(rendered.contains("| a    |   b    |     c |"), rendered)
    }

    func testCJKCellsAreMeasuredInColumns() {
        let lines = render("| 状态 | x |\n|---|---|\n| 就绪 ready | y |").split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[1], "│ 状态       │ x │")
        XCTAssertEqual(lines[3], "│ 就绪 ready │ y │")
        XCTAssertEqual(Set(lines.map(\.displayWidth)), [18])
    }

    func testHeaderIsBoldOnlyWithColour() {
        let plain = render("| head |\n|---|\n| body |")
        XCTAssertFalse(plain.contains("\u{1B}"))
        let coloured = render("| head |\n|---|\n| body |", color: true)
        XCTAssertTrue(coloured.contains("\u{1B}[1mhead\u{1B}[0m"), coloured)
        XCTAssertFalse(coloured.contains("\u{1B}[1mbody"), coloured)
    }

    func testWideTableWrapsInsideColumnsAndRulesRowsApart() {
        let long = "one two three four five six seven eight nine ten eleven twelve"
        let rendered = render("| k | text |\n|---|---|\n| a | \(long) |\n| b | short |", width: 30, unicode: false)
        let lines = rendered.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.allSatisfy { $0.displayWidth <= 30 }, rendered)
        XCTAssertEqual(lines.first?.displayWidth, 30)
        XCTAssertEqual(lines[3], "| a | one two three four     |")
        XCTAssertTrue(lines.contains("+---+------------------------+"), rendered)
    }

    func testRowsAreNotRuledApartWhenNothingWraps() {
        let rendered = render("| a |\n|---|\n| 1 |\n| 2 |", unicode: false)
        XCTAssertEqual(rendered.components(separatedBy: "+---+").count - 1, 2)
    }

    func testTooManyColumnsFallBackToRowByRow() {
        let header = (1...8).map { "column\($0)" }.joined(separator: " | ")
        let row = (1...8).map { "value\($0)" }.joined(separator: " | ")
        let rendered = render("| \(header) |\n\(String(repeating: "|---", count: 8))|\n| \(row) |", width: 40)
        XCTAssertTrue(rendered.hasPrefix("  • column1: value1\n    column2: value2\n"), rendered)
        XCTAssertFalse(rendered.contains("┌"))
    }

    func testRowByRowWrapsLongValuesUnderTheirField() {
        // The columns would fit, but column b only 8 wide: its cell would take more than 5 lines.
        let rendered = render("| a | b | c | d |\n|---|---|---|---|\n| x | the quick brown fox jumps over the lazy dog | y | z |", width: 24)
        XCTAssertEqual(rendered, """
              • a: x
                b: the quick brown
                  fox jumps over the
                  lazy dog
                c: y
                d: z

            """)
    }

    func testRenderedTablesNeverExceedTheWidth() {
        let source = "| state | meaning | leaves it when |\n|---|---|---|\n| **blocked** (阻塞) | it waits for an event: I/O, a timer, `input()` | the event happens (→ ready) |"
        for width in [20, 30, 40, 50, 60, 80, 120] {
            let lines = render(source, width: width).split(separator: "\n")
            XCTAssertTrue(lines.allSatisfy { String($0).displayWidth <= min(width, MarkdownRenderer.maximumWidth) }, "width \(width)")
        }
    }
}
