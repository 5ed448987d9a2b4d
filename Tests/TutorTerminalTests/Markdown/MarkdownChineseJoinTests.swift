import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Chinese lesson text is wrapped in the source like English; joining its lines must not put spaces into it.
final class MarkdownChineseJoinTests: XCTestCase {
    func testChineseLinesJoinWithoutASpaceThroughEmphasisAndCurlyQuotes() {
        XCTAssertEqual(MarkdownParagraph.join(["就主进程的", "**代码**而言"]), "就主进程的**代码**而言")
        XCTAssertEqual(MarkdownParagraph.join(["你会在", "“main: done”之后"]), "你会在“main: done”之后")
        XCTAssertEqual(MarkdownParagraph.join(["一个", "True/False 标志"]), "一个 True/False 标志", "Latin text keeps its space")
        XCTAssertEqual(MarkdownParagraph.join(["the “quoted”", "word"]), "the “quoted” word", "quotes between Latin words keep it too")
    }
}
