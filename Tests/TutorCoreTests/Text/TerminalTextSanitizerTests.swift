@testable import TutorCore
@testable import TutorTestSupport
import XCTest

final class TerminalTextSanitizerTests: XCTestCase {
    private func clean(_ text: String, keepColors: Bool = true) -> String {
        TextSanitizer.neutralize(text, keepColors: keepColors)
    }

    func testPlainAndInternationalTextIsUnchanged() {
        XCTAssertEqual(clean("hello\nworld"), "hello\nworld")
        XCTAssertEqual(clean("进程 プロセス 프로세스 🐍 café e\u{301}"), "进程 プロセス 프로세스 🐍 café e\u{301}")
    }

    func testCursorAndScreenControlsAreNeutralised() {
        XCTAssertEqual(clean("\u{1B}[2J"), "␛[2J")
        XCTAssertEqual(clean("\u{1B}[H\u{1B}[10;20H"), "␛[H␛[10;20H")
        XCTAssertEqual(clean("a\u{1B}[1Ab"), "a␛[1Ab")
        XCTAssertEqual(clean("\u{1B}[?1049h"), "␛[?1049h")
        XCTAssertEqual(clean("\u{1B}c"), "␛c")
        XCTAssertEqual(clean("\u{1B}7\u{1B}8"), "␛7␛8")
    }

    func testWindowTitleAndHyperlinkOSCAreNeutralised() {
        XCTAssertEqual(clean("\u{1B}]0;pwned\u{07}"), "␛]0;pwned␇")
        XCTAssertEqual(clean("\u{1B}]2;title\u{1B}\\"), "␛]2;title␛\\")
        XCTAssertEqual(clean("\u{1B}]8;;http://x\u{1B}\\link"), "␛]8;;http://x␛\\link")
    }

    func testBellCarriageReturnAndCharsetSwitchesAreNeutralised() {
        XCTAssertEqual(clean("ding\u{07}"), "ding␇")
        XCTAssertEqual(clean("50%\r100%"), "50%␍100%")
        XCTAssertEqual(clean("\u{0E}shifted\u{0F}"), "␎shifted␏")
        XCTAssertEqual(clean("\u{1B}(0lqk\u{1B}(B"), "␛(0lqk␛(B")
        XCTAssertEqual(clean("\u{08}\u{00}\u{7F}"), "␈␀␡")
    }

    func testCarriageReturnLineFeedBecomesNewline() {
        XCTAssertEqual(clean("a\r\nb"), "a\nb")
    }

    func testC1ControlsAndBidiOverridesAreNeutralised() {
        XCTAssertEqual(clean("\u{9B}2J"), "␛[2J")
        XCTAssertEqual(clean("\u{85}"), "␛E")
        XCTAssertEqual(clean("abc\u{202E}def"), "abc⟨U+202E⟩def")
    }

    func testColoursAreKeptOrRemoved() {
        let coloured = "\u{1B}[31mred\u{1B}[0m and \u{1B}[1;38;5;208mbold\u{1B}[m"
        XCTAssertEqual(clean(coloured, keepColors: true), coloured)
        XCTAssertEqual(clean(coloured, keepColors: false), "red and bold")
    }

    func testUnclosedColourIsResetAtTheEnd() {
        XCTAssertEqual(clean("\u{1B}[32mgreen forever"), "\u{1B}[32mgreen forever\u{1B}[0m")
        XCTAssertEqual(clean("\u{1B}[32mgreen forever", keepColors: false), "green forever")
    }

    func testTabsExpandToEightColumnStops() {
        XCTAssertEqual(clean("a\tb"), "a       b")
        XCTAssertEqual(clean("\tx\n1234567\ty"), "        x\n1234567 y")
        XCTAssertEqual(clean("中\tx"), "中      x")
    }

    func testMalformedAndTruncatedSequencesAreMadeVisible() {
        XCTAssertEqual(clean("\u{1B}"), "␛")
        XCTAssertEqual(clean("end\u{1B}["), "end␛[")
        XCTAssertEqual(clean("\u{1B}[31"), "␛[31")
        XCTAssertEqual(clean("\u{1B}[3\u{07}1m"), "␛[3␇1m")
        XCTAssertEqual(clean("\u{1B}]0;no terminator"), "␛]0;no terminator")
        XCTAssertEqual(clean("\u{1B}\u{1B}[31mx\u{1B}[0m"), "␛\u{1B}[31mx\u{1B}[0m")
        XCTAssertEqual(clean("\u{1B}[1;2$p"), "␛[1;2$p")
    }

    func testInvalidUTF8DecodesToReplacementCharacters() {
        let bytes: [UInt8] = [0x6F, 0x6B, 0xFF, 0xFE, 0x1B, 0x5B, 0x32, 0x4A, 0xE4, 0xB8]
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertEqual(clean(text), "ok\u{FFFD}\u{FFFD}␛[2J\u{FFFD}")
    }

    func testOutputHasNoControlCharactersLeft() {
        var everything = ""
        for value in 0..<0xA0 { everything.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        let result = clean(everything, keepColors: false)
        let forbidden = result.unicodeScalars.filter { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) }
        XCTAssertEqual(forbidden.count, 0, "left: \(forbidden.map(\.value))")
    }

    // MARK: line(_:), the form every string from a transcript or program is stored in

    func testLineMakesEveryControlVisibleNewlinesToo() {
        XCTAssertEqual(TextSanitizer.line("a\u{1B}]0;T\u{07}b\u{1B}[2J\u{9B}1m\u{202E}\u{0}\r\nz\tq"),
                       "a␛]0;T␇b␛[2J␛[1m⟨U+202E⟩␀␍␊z q")
        XCTAssertEqual(TextSanitizer.line("\u{2028}\u{2029}\u{200F}\u{61C}"), "⟨U+2028⟩⟨U+2029⟩⟨U+200F⟩⟨U+061C⟩")
        let clean = "ForkPoolWorker-1 名前 e\u{301} 👩‍👩‍👧 🇯🇵"
        XCTAssertEqual(TextSanitizer.line(clean), clean, "printable text, graphemes and widths unchanged")
    }

    func testLineSanitizesJSONKeysAndValuesAtAnyDepth() {
        let value = JSONValue.object(JSONObject([("k\u{1B}", .array([.string("\u{7}"), .object(JSONObject([("x", .string("\n"))]))])),
                                                 ("n", .int(3))]))
        XCTAssertEqual(TextSanitizer.line(value),
                       .object(JSONObject([("k␛", .array([.string("␇"), .object(JSONObject([("x", .string("␊"))]))])), ("n", .int(3))])))
    }

    func testEventsAndHeadersStoreOnlySanitizedText() {
        var event = TraceEvent(seq: 1, t: 0, pid: 1, ppid: 0, process: "P\u{1B}[2J", thread: "T\n", kind: "k\u{9B}", object: "O\u{7}",
                               fields: JSONObject([("error", .string("boom\u{1B}]0;x\u{7}\nline 2"))]))
        XCTAssertEqual([event.process, event.thread, event.kind, event.object], ["P␛[2J", "T␊", "k␛[", "O␇"])
        XCTAssertEqual(event.string(EventField.error), "boom␛]0;x␇␊line 2")
        event.object = "\u{1B}c"
        event.fields[EventField.text] = .string("\r")
        XCTAssertEqual(event.object, "␛c", "assignment is sanitized too")
        XCTAssertEqual(event.text, "␍")
        let header = TranscriptHeader(command: ["a\u{1B}"], python: "\u{7}", startMethod: "\u{202E}", platform: "\u{0}", cpus: 1,
                                      mptutorVersion: "v", recordedAt: "\u{1B}[H", parameters: JSONObject([("p", .string("\u{1B}"))]))
        XCTAssertEqual(header.command, ["a␛"])
        XCTAssertEqual([header.python, header.startMethod, header.platform, header.recordedAt], ["␇", "⟨U+202E⟩", "␀", "␛[H"])
        XCTAssertEqual(header.parameters["p"], .string("␛"))
    }

    func testTruncatingASanitizedLabelNeverLeavesAControlOrHalfAGrapheme() {
        let label = TextSanitizer.line("Worker\u{1B}]0;PWNED\u{7}e\u{301}👩‍👩‍👧\u{1B}[31m名")
        for width in 0...label.displayWidth + 1 {
            let cut = label.truncated(toWidth: width)
            XCTAssertLessThanOrEqual(cut.displayWidth, width)
            XCTAssertFalse(cut.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, cut)
            XCTAssertTrue(Array(cut).allSatisfy { label.contains($0) || $0 == "…" }, "whole characters only: \(cut)")
        }
    }
}
