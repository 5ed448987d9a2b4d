@testable import TutorCore
@testable import TutorTestSupport
import XCTest

final class TerminalDisplayWidthTests: XCTestCase {
    func testASCIICountsOneColumnPerCharacter() {
        XCTAssertEqual("".displayWidth, 0)
        XCTAssertEqual("hello, world".displayWidth, 12)
    }

    func testCJKAndFullwidthCountTwoColumns() {
        XCTAssertEqual("中文".displayWidth, 4)
        XCTAssertEqual("日本語のかなカナ".displayWidth, 16)
        XCTAssertEqual("한국어".displayWidth, 6)
        XCTAssertEqual("ＡＢ".displayWidth, 4)
        XCTAssertEqual("，。".displayWidth, 4)
        XCTAssertEqual("a中b".displayWidth, 4)
    }

    func testCombiningMarksAndZeroWidthCountNothing() {
        XCTAssertEqual("e\u{301}".displayWidth, 1)
        XCTAssertEqual("cafe\u{301}".displayWidth, 4)
        XCTAssertEqual("a\u{200B}b".displayWidth, 2)
        XCTAssertEqual("\u{301}".displayWidth, 0)
        // Decomposed Hangul: initial + medial + final jamo form one wide syllable.
        XCTAssertEqual("\u{1100}\u{1161}\u{11A8}".displayWidth, 2)
    }

    func testEmojiCountTwoColumns() {
        XCTAssertEqual("🐍".displayWidth, 2)
        XCTAssertEqual("🎉✨".displayWidth, 4)
        XCTAssertEqual("❤\u{FE0F}".displayWidth, 2)
        XCTAssertEqual("👩\u{200D}💻".displayWidth, 2)
        XCTAssertEqual("🇯🇵".displayWidth, 2)
        XCTAssertEqual("👍🏽".displayWidth, 2)
    }

    func testEscapeSequencesCountNothing() {
        XCTAssertEqual("\u{1B}[31mred\u{1B}[0m".displayWidth, 3)
        XCTAssertEqual("\u{1B}[1;38;5;208m中\u{1B}[m".displayWidth, 2)
        XCTAssertEqual("\u{1B}[2K".displayWidth, 0)
        // A truncated sequence is not a sequence: the text after the lone ESC is visible.
        XCTAssertEqual("\u{1B}[31".displayWidth, 3)
    }

    func testTruncationLeavesShortTextAlone() {
        XCTAssertEqual("hello".truncated(toWidth: 5), "hello")
        XCTAssertEqual("hello".truncated(toWidth: 10), "hello")
    }

    func testTruncationAddsEllipsisWithinWidth() {
        XCTAssertEqual("hello world".truncated(toWidth: 8), "hello w…")
        XCTAssertEqual("hello world".truncated(toWidth: 8, ellipsis: "..."), "hello...")
        XCTAssertEqual("hello".truncated(toWidth: 0), "")
        XCTAssertEqual("hello".truncated(toWidth: 2, ellipsis: "..."), "..")
    }

    func testTruncationNeverSplitsWideCharacters() {
        let cut = "中文字符".truncated(toWidth: 6)
        XCTAssertEqual(cut, "中文…")
        XCTAssertEqual(cut.displayWidth, 5)
        XCTAssertEqual("🐍🐍🐍".truncated(toWidth: 4), "🐍…")
        XCTAssertEqual("e\u{301}e\u{301}e\u{301}".truncated(toWidth: 2), "e\u{301}…")
    }

    func testTruncationKeepsEscapesWholeAndResets() {
        let red = "\u{1B}[31mred alert\u{1B}[0m"
        let cut = red.truncated(toWidth: 5)
        XCTAssertEqual(cut, "\u{1B}[31mred …\u{1B}[0m")
        XCTAssertEqual(cut.displayWidth, 5)
        // Style already closed before the cut: no extra reset.
        XCTAssertEqual("\u{1B}[1mab\u{1B}[0m cdef".truncated(toWidth: 4), "\u{1B}[1mab\u{1B}[0m …")
    }

    func testPaddingUsesDisplayWidth() {
        XCTAssertEqual("ab".padded(toWidth: 4), "ab  ")
        XCTAssertEqual("中".padded(toWidth: 4), "中  ")
        XCTAssertEqual("\u{1B}[1mab\u{1B}[0m".padded(toWidth: 3), "\u{1B}[1mab\u{1B}[0m ")
        XCTAssertEqual("toolong".padded(toWidth: 3), "toolong")
    }
}
