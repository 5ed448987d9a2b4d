import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// Gaps 28D: the lines a run wrote past print() (a faulthandler dump, os.write) are kept, as the stream had them.
final class UnrecordedLinesTests: XCTestCase {
    private func prints(_ lines: [(Int32, String, String, [(String, JSONValue)])]) -> [TraceEvent] {
        var s = EventScript()
        for (i, line) in lines.enumerated() {
            s.add(Double(i), pid: line.0, process: "P\(line.0)", "print",
                  [("stream", .string(line.1)), ("text", .string(line.2))] + line.3)
        }
        return s.events
    }

    func testLinesNoPrintAccountsForAreKeptInTheStreamsOrder() {
        // r28s_batch_exit_reasons: a child's recorded print, then its faulthandler dump; the same text twice, recorded once
        let events = prints([(7, "stderr", "cannot import users.csv", []), (8, "stderr", "again", []), (8, "stdout", "fault", [])])
        let stderr = "cannot import users.csv\nFatal Python error: Segmentation fault\n\nagain\nagain\n  File \"x.py\", line 3 in f\n"
        let kept = UnrecordedOutput.lines(output: Array(stderr.utf8), stream: "stderr", events: events)
        XCTAssertEqual(kept.lines, ["Fatal Python error: Segmentation fault", "", "again", "  File \"x.py\", line 3 in f"])
        XCTAssertEqual(kept.leftOut, 0)
        XCTAssertTrue(UnrecordedOutput.lines(output: Array("fault\n".utf8), stream: "stdout", events: events).isEmpty)
        XCTAssertTrue(UnrecordedOutput.lines(output: [], stream: "stderr", events: events).isEmpty)
    }

    func testPiecesCutLinesAndTwoProcessesOnOneRealLineAccountForTheirText() {
        let events = prints([(1, "stdout", "images.bin: reading", []), (2, "stdout", "blobs.bin: reading", []),
                             (3, "stdout", "0 ", [("partial", .bool(true))]), (3, "stdout", "1", []),
                             (4, "stdout", "HHHH", [("chars", .int(10))]), (5, "stdout", "esc \u{1b}[1m", [])])
        // two prints met on one real line (text, text, newline, newline), a line in pieces, a cut line, an escape
        let output = "images.bin: readingblobs.bin: reading\n\n0 1\nHHHHHHHHHH\nesc \u{1b}[1m\nos.write\n"
        let kept = UnrecordedOutput.lines(output: Array(output.utf8), stream: "stdout", events: events)
        XCTAssertEqual(kept.lines, ["os.write"])
        // the sanitizer on what is kept: a control is shown, never sent
        let raw = UnrecordedOutput.lines(output: Array("bell\u{07}\n".utf8), stream: "stdout", events: [])
        XCTAssertEqual(raw.lines, ["bell␇"])
    }

    func testAtMostTheLimitIsKeptAndTheRestCounted() {
        let output = (0..<250).map { "line \($0)\n" }.joined()
        let kept = UnrecordedOutput.lines(output: Array(output.utf8), stream: "stderr", events: [])
        XCTAssertEqual(kept.lines.count, UnrecordedLines.lineLimit)
        XCTAssertEqual(kept.lines.last, "line 199")
        XCTAssertEqual(kept.leftOut, 50)
        let long = String(repeating: "x", count: 10_000) + "\n"
        let bytes = UnrecordedOutput.lines(output: Array((long + long + "short\n").utf8), stream: "stderr", events: [])
        XCTAssertEqual(bytes.lines.count, 1, "16 KB at most")
        XCTAssertEqual(bytes.leftOut, 2, "once one is left out, so are the lines after it")
    }

    func testTheLinesTravelInTheTrailerAndHostileOnesAreRefused() throws {
        var facts = RunFacts()
        facts.unrecordedStderrLines = UnrecordedLines(lines: ["Fatal Python error: Segmentation fault", ""], leftOut: 3)
        let back = try RunFacts(json: facts.json)
        XCTAssertEqual(back.unrecordedStderrLines, facts.unrecordedStderrLines)
        XCTAssertTrue(back.unrecordedStdoutLines.isEmpty)
        XCTAssertNil(RunFacts().json["unrecorded_stderr_lines"], "written only when there is something to say")
        XCTAssertTrue(try RunFacts(json: RunFacts().json).unrecordedStderrLines.isEmpty, "an older trailer reads as none")
        var o = RunFacts().json
        o["unrecorded_stdout_lines"] = .array([.string("\u{1b}[2Jclear")])
        XCTAssertEqual(try RunFacts(json: o).unrecordedStdoutLines.lines, ["␛[2Jclear"], "sanitized as read")
        o["unrecorded_stdout_lines"] = .array((0...UnrecordedLines.lineLimit).map { .string("l\($0)") })
        XCTAssertThrowsError(try RunFacts(json: o), "more lines than mp-tutor writes")
        o["unrecorded_stdout_lines"] = .array([.int(3)])
        XCTAssertThrowsError(try RunFacts(json: o), "a line that is not a string")
        o["unrecorded_stdout_lines"] = .array([.string(String(repeating: "x", count: UnrecordedLines.byteLimit + 1))])
        XCTAssertThrowsError(try RunFacts(json: o), "more bytes than mp-tutor writes")
        o["unrecorded_stdout_lines"] = nil
        o["unrecorded_stdout_lines_left_out"] = .int(-1)
        XCTAssertThrowsError(try RunFacts(json: o), "a count out of range")
    }

    func testTheTracersFramesInADumpArePortable() {
        XCTAssertEqual(PortablePaths.tracerFrame("  File \"/tmp/mp-tutor-run-0EV6js/tracer/mptutor_trace/process.py\", line 105 in run"),
                       "  File \"mptutor_trace/process.py\", line 105 in run")
        XCTAssertEqual(PortablePaths.tracerFrame("  File \"x.py\", line 1 in f"), "  File \"x.py\", line 1 in f")
    }
}
