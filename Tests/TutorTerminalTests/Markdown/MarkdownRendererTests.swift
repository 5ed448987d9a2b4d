@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport
import XCTest

final class MarkdownRendererTests: XCTestCase {
    private func render(_ text: String, width: Int = 80, color: Bool = false, unicode: Bool = true) -> String {
        let capabilities = TerminalCapabilities(color: color, unicode: unicode, width: width, isInteractive: false)
        return MarkdownRenderer(capabilities: capabilities).render(MarkdownDocument(parsing: text))
    }

    func testEmptyDocumentRendersNothing() {
        XCTAssertEqual(render(""), "")
    }

    func testHeadingsGetRulesAndBlocksAreSeparated() {
        XCTAssertEqual(render("# Title\n\ntext"), "Title\n═════\n\ntext\n")
        XCTAssertEqual(render("## Sub", unicode: false), "Sub\n---\n")
        XCTAssertEqual(render("### Deep"), "### Deep\n")
    }

    func testInlineCodeKeepsBackticksOnlyWithoutColour() {
        XCTAssertEqual(render("run `start()`"), "run `start()`\n")
        XCTAssertEqual(render("run `start()`", color: true), "run \u{1B}[36mstart()\u{1B}[0m\n")
    }

    func testListsHangUnderTheirMarkers() {
        XCTAssertEqual(render("- alpha beta gamma", width: 14), "  • alpha beta\n    gamma\n")
        XCTAssertEqual(render("- x", unicode: false), "  - x\n")
        XCTAssertEqual(render("9. a\n10. b"), "   9. a\n  10. b\n")
    }

    func testCodeBlocksAreBarredAndNotWrapped() {
        let long = String(repeating: "x", count: 60)
        XCTAssertEqual(render("```\n\(long)\n\n```", width: 20, unicode: false), "  | \(long)\n  |\n")
    }

    func testCodeBlockControlCharactersAreNeutralised() {
        XCTAssertEqual(render("```\nprint('\u{1B}[2J')\n```"), "  │ print('␛[2J')\n")
    }

    func testWidthIsCappedForReadability() {
        let words = Array(repeating: "word", count: 60).joined(separator: " ")
        let lines = render(words, width: 300).split(separator: "\n")
        XCTAssertTrue(lines.allSatisfy { String($0).displayWidth <= MarkdownRenderer.maximumWidth })
        XCTAssertGreaterThan(lines.first.map { String($0).displayWidth } ?? 0, 90)
    }

    func testNestedStylesSurvive() {
        XCTAssertEqual(render("*a **b** c*", color: true), "\u{1B}[3ma \u{1B}[0m\u{1B}[3;1mb\u{1B}[0m \u{1B}[3mc\u{1B}[0m\n")
    }

    func testCJKParagraphWrapsByColumns() {
        let rendered = render("每个进程都有自己的内存空间，所以进程之间不能直接共享变量。", width: 20)
        for line in rendered.split(separator: "\n") {
            XCTAssertLessThanOrEqual(String(line).displayWidth, 20)
        }
        XCTAssertEqual(rendered.split(separator: "\n").first, "每个进程都有自己的内")
    }
}
