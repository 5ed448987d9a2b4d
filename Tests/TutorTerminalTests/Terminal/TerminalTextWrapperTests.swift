@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport
import XCTest

final class TerminalTextWrapperTests: XCTestCase {
    func testEnglishWrapsAtSpaces() {
        XCTAssertEqual(
            TextWrapper.wrap("the quick brown fox jumps over the lazy dog", width: 15),
            ["the quick brown", "fox jumps over", "the lazy dog"]
        )
    }

    func testEmptyTextHasNoLinesAndNewlinesAreKept() {
        XCTAssertEqual(TextWrapper.wrap("", width: 10), [])
        XCTAssertEqual(TextWrapper.wrap("a\n\nb", width: 10), ["a", "", "b"])
    }

    func testNoLineIsWiderThanTheWidth() {
        let text = "Processes 进程之间不能直接共享变量 and pipes パイプ with 🐍 emoji, verylongidentifier_name_here ok"
        for width in 1...30 {
            for line in TextWrapper.wrap(text, width: width) {
                XCTAssertLessThanOrEqual(line.displayWidth, max(width, 2), "width \(width): \(line)")
                XCTAssertFalse(line.hasSuffix(" "), "trailing space at width \(width): \(line)")
            }
        }
    }

    func testChineseBreaksBetweenCharacters() {
        XCTAssertEqual(
            TextWrapper.wrap("每个进程都有自己的内存空间", width: 10),
            ["每个进程都", "有自己的内", "存空间"]
        )
    }

    func testClosingPunctuationStaysWithThePreviousCharacter() {
        XCTAssertEqual(TextWrapper.wrap("进程之间，共享", width: 8), ["进程之", "间，共享"])
    }

    func testClosingPunctuationAfterASpaceDoesNotOpenALine() {
        // From 6 columns on, where "发 ，" (glued) fits a line.
        for width in 6...24 {
            for line in TextWrapper.wrap("从 `client-1` …… `client-6`） 各发 ，一条", width: width) {
                XCTAssertFalse(line.hasPrefix("…") || line.hasPrefix("）") || line.hasPrefix("，"), "width \(width): \(line)")
            }
        }
        XCTAssertEqual(TextWrapper.wrap("abc …", width: 4), ["ab", "c …"])
        XCTAssertEqual(TextWrapper.wrap("一二三四五。", width: 10), ["一二三四", "五。"])
    }

    func testMixedEnglishAndCJK() {
        XCTAssertEqual(
            TextWrapper.wrap("use Queue或者Pipe传递数据", width: 12),
            ["use Queue或", "者Pipe传递数", "据"]
        )
    }

    func testOverlongWordsAreHardBroken() {
        XCTAssertEqual(TextWrapper.wrap("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
        XCTAssertEqual(TextWrapper.wrap("see https://example.com/x", width: 10), ["see https:", "//example.", "com/x"])
    }

    func testIndentAndFirstIndent() {
        XCTAssertEqual(
            TextWrapper.wrap("one two three four", width: 10, indent: "    ", firstIndent: "  - "),
            ["  - one", "    two", "    three", "    four"]
        )
        XCTAssertEqual(TextWrapper.wrap("a b", width: 10, indent: "> "), ["> a b"])
        XCTAssertEqual(TextWrapper.wrap("a\n\nb", width: 10, indent: "| "), ["| a", "|", "| b"])
    }

    func testOpeningStylesMoveToTheNextLineInsteadOfDangling() {
        XCTAssertEqual(
            TextWrapper.wrap("进程\u{1B}[1m序列\u{1B}[0m", width: 4),
            ["进程", "\u{1B}[1m序列\u{1B}[0m"]
        )
    }

    func testStylesAreClosedAndReopenedAcrossBreaks() {
        let bold = "\u{1B}[1mbold words here\u{1B}[0m after"
        XCTAssertEqual(
            TextWrapper.wrap(bold, width: 12, indent: "  ", firstIndent: ""),
            ["\u{1B}[1mbold words\u{1B}[0m", "  \u{1B}[1mhere\u{1B}[0m after"]
        )
    }
}
