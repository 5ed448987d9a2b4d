@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport
import XCTest

final class MarkdownInlineParsingTests: XCTestCase {
    private func inlines(_ text: String) -> [MarkdownInline] {
        guard case let .paragraph(inlines)? = MarkdownDocument(parsing: text).blocks.first else { return [] }
        return inlines
    }

    func testEmphasisAndStrong() {
        XCTAssertEqual(inlines("*a* and _b_"), [.emphasis([.text("a")]), .text(" and "), .emphasis([.text("b")])])
        XCTAssertEqual(inlines("**bold** text"), [.strong([.text("bold")]), .text(" text")])
        XCTAssertEqual(inlines("*a **b** c*"), [.emphasis([.text("a "), .strong([.text("b")]), .text(" c")])])
        XCTAssertEqual(inlines("**a *b* c**"), [.strong([.text("a "), .emphasis([.text("b")]), .text(" c")])])
    }

    func testUnmatchedDelimitersStayLiteral() {
        XCTAssertEqual(inlines("2 * 3 * 4"), [.text("2 * 3 * 4")])
        XCTAssertEqual(inlines("*unclosed"), [.text("*unclosed")])
        XCTAssertEqual(inlines("**half"), [.text("**half")])
        XCTAssertEqual(inlines("snake_case_name"), [.text("snake_case_name")])
    }

    func testDunderNamesAreNotStrong() {
        XCTAssertEqual(inlines("the __main__ module"), [.text("the __main__ module")])
        XCTAssertEqual(inlines("__really bold__"), [.strong([.text("really bold")])])
    }

    func testInlineCode() {
        XCTAssertEqual(inlines("call `start()` now"), [.text("call "), .code("start()"), .text(" now")])
        XCTAssertEqual(inlines("`` a`b ``"), [.code("a`b")])
        XCTAssertEqual(inlines("`*not emphasis*`"), [.code("*not emphasis*")])
        XCTAssertEqual(inlines("`unclosed"), [.text("`unclosed")])
        XCTAssertEqual(inlines("*a `*` b*"), [.emphasis([.text("a "), .code("*"), .text(" b")])])
    }

    func testLinks() {
        XCTAssertEqual(
            inlines("see [the *docs*](https://docs.python.org \"title\")"),
            [.text("see "), .link(text: [.text("the "), .emphasis([.text("docs")])], url: "https://docs.python.org")]
        )
        XCTAssertEqual(inlines("<https://x.org/a>"), [.link(text: [.text("https://x.org/a")], url: "https://x.org/a")])
        XCTAssertEqual(inlines("[a](f(x))"), [.link(text: [.text("a")], url: "f(x)")])
        XCTAssertEqual(inlines("[no link] here"), [.text("[no link] here")])
        XCTAssertEqual(inlines("a <b> c"), [.text("a <b> c")])
    }

    func testBackslashEscapes() {
        XCTAssertEqual(inlines("\\*not\\* \\`code\\` \\[x\\]"), [.text("*not* `code` [x]")])
        XCTAssertEqual(inlines("C:\\path \\n"), [.text("C:\\path \\n")])
    }
}
