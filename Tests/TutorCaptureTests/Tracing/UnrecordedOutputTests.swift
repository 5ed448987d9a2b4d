import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// What the run wrote to stdout/stderr that no `print` event accounts for (docs/truth-review.md, Round 5B item 8).
final class UnrecordedOutputTests: XCTestCase {
    private func prints(_ lines: [(String, String, [(String, JSONValue)])]) -> [TraceEvent] {
        var s = EventScript()
        for (i, line) in lines.enumerated() {
            s.add(Double(i), pid: 100, process: "MainProcess", "print",
                  [("stream", .string(line.0)), ("text", .string(line.1))] + line.2)
        }
        return s.events
    }

    func testBytesWrittenPastPrintAreCountedAsAFloorOfCharacters() {
        // what r5b_bytes_and_escapes writes: a print with escapes (recorded), sys.stdout.buffer.write and os.write (not)
        let printed = "\u{1b}[31mred\u{1b}[0m bell\u{07}\n"
        let raw: [UInt8] = Array("raw:".utf8) + [0xFF, 0xFE, 0x80] + Array(" end\n".utf8)
        let direct: [UInt8] = Array("direct \u{1b}[1mbold\u{1b}[0m ".utf8) + [0xC3, 0x28, 0x0A]
        let events = prints([("stdout", "\u{1b}[31mred\u{1b}[0m bell\u{07}", [])])
        XCTAssertEqual(UnrecordedOutput.characters(output: raw + Array(printed.utf8) + direct, stream: "stdout", events: events),
                       12 + 23, "every invalid byte one character at most; the sanitized print counts as written")
        XCTAssertEqual(UnrecordedOutput.characters(output: Array(printed.utf8), stream: "stdout", events: events), 0)
        XCTAssertEqual(UnrecordedOutput.characters(output: raw, stream: "stderr", events: events), 12, "stdout's prints are not stderr's")
    }

    func testPrintedLinesAccountForTheirOutputWhateverTheirShape() {
        // two processes' lines interleaved mid-line, a line in partial pieces, CRLF, CJK, a tab, a cut line, a lone surrogate
        let events = prints([("stdout", "中文 line\r", []), ("stdout", "half ", [("partial", .bool(true))]), ("stdout", "rest", []),
                             ("stdout", "HHHH", [("chars", .int(10))]), ("stdout", "a\tb", []), ("stdout", "x\u{FFFD}", [])])
        let output = Array("中文 lihalf ne\r\nrest\nHHHHHHHHHH\na\tb\nx".utf8) + [0xFF, 0x0A]
        XCTAssertEqual(UnrecordedOutput.characters(output: output, stream: "stdout", events: events), 0)
        XCTAssertEqual(UnrecordedOutput.characters(output: [], stream: "stdout", events: []), 0, "nothing captured: nothing said")
        // print(i, end=" ", flush=True) then print(): the pieces are recorded, the lone newline that ends them is not
        let pieces = prints([("stdout", "0 ", [("partial", .bool(true))]), ("stdout", "1 ", [("partial", .bool(true))])])
        XCTAssertEqual(UnrecordedOutput.characters(output: Array("0 1 \n".utf8), stream: "stdout", events: pieces), 0)
    }

    func testOnlyUTF8OrOneByteStreamsAreCompared() {
        XCTAssertTrue(UnrecordedOutput.streamsAreUTF8(environment: [:]))
        XCTAssertTrue(UnrecordedOutput.streamsAreUTF8(environment: ["LANG": "C.UTF-8"]))
        XCTAssertTrue(UnrecordedOutput.streamsAreUTF8(environment: ["LANG": "en_US.ISO-8859-1"]))
        XCTAssertTrue(UnrecordedOutput.streamsAreUTF8(environment: ["PYTHONIOENCODING": "utf-8:surrogateescape"]))
        XCTAssertFalse(UnrecordedOutput.streamsAreUTF8(environment: ["PYTHONIOENCODING": "utf-16"]))
        XCTAssertFalse(UnrecordedOutput.streamsAreUTF8(environment: ["LANG": "zh_CN.GB18030"]))
        XCTAssertFalse(UnrecordedOutput.streamsAreUTF8(environment: ["LC_ALL": "zh_CN", "LANG": "C.UTF-8"]))
    }

    func testTheCountTravelsInTheTrailerAndOldTranscriptsHaveNone() throws {
        var facts = RunFacts()
        facts.unrecordedStdoutChars = 35
        XCTAssertEqual(try RunFacts(json: facts.json).unrecordedStdoutChars, 35)
        XCTAssertNil(RunFacts().json["unrecorded_stdout_chars"], "written only when there is something to say")
        XCTAssertEqual(try RunFacts(json: RunFacts().json).unrecordedStdoutChars, 0)
    }
}
