import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// A child killed by a signal with its stdout block-buffered: what it printed after its last flush never reached the
/// output (untraced too), while its print rows are in the record. The note says so, and that how much cannot be known.
final class BufferedOutputNotesTests: XCTestCase {
    /// `flushes`: after which of its prints (0-based) the child recorded a `print.flush` of stdout; `lines` prints in all.
    private func run(buffered: Bool, printed: Bool, code: Int64, lines: Int = 1, flushes: Set<Int> = []) -> Timeline {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 10, process: "MainProcess", .processSpawn, [("child_pid", .int(11)), ("name", .string("Process-1"))])
        var start: [(String, JSONValue)] = [("name", .string("Process-1")), ("role", .string("child"))]
        if buffered { start.append(("stdout_buffered", .bool(true))) }
        s.add(2, pid: 11, ppid: 10, process: "Process-1", .processStart, start)
        for line in printed ? 0..<lines : 0..<0 {
            s.add(Double(3 + 2 * line), pid: 11, ppid: 10, process: "Process-1", .print, [("stream", .string("stdout")), ("text", .string("lost? \(line)"))])
            if flushes.contains(line) { s.add(Double(4 + 2 * line), pid: 11, ppid: 10, process: "Process-1", .printFlush, [("stream", .string("stdout"))]) }
        }
        s.add(500, pid: 10, process: "MainProcess", .processKill, [("child_pid", .int(11)), ("name", .string("Process-1"))])
        s.add(501, pid: 10, process: "MainProcess", .processReaped, [("child_pid", .int(11)), ("name", .string("Process-1")), ("exitcode", .int(code))])
        return s.timeline()
    }

    private func notes(_ t: Timeline) -> [Note] { Annotator(timeline: t).notes().filter { $0.kind == .bufferedOutputLost } }

    func testASignalDeathAfterPrintsToABufferedStdoutIsSaid() throws {
        let timeline = run(buffered: true, printed: true, code: -9)
        let found = notes(timeline)
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].text.hasPrefix("Process-1 was ended by SIGKILL while its stdout was block-buffered"), found[0].text)
        XCTAssertTrue(found[0].text.contains("how much was lost cannot be known: its 1 print row above may show text that never reached the output"),
                      found[0].text)
        XCTAssertTrue(try XCTUnwrap(found[0].premise).holds(in: StateReplayer(timeline: timeline)))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: found).violations(), [])
    }

    /// Late 19A (issue 11): a child that flushed after each print (print(..., flush=True)) lost nothing; one that
    /// printed after its last flush is told of those rows only.
    func testOnlyThePrintsAfterTheLastRecordedFlushAreSaidToBeLost() throws {
        XCTAssertEqual(notes(run(buffered: true, printed: true, code: -15, lines: 3, flushes: [0, 1, 2])), [])
        let timeline = run(buffered: true, printed: true, code: -15, lines: 3, flushes: [0])
        let found = notes(timeline)
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found[0].text.contains("what it printed after its last recorded flush() was still in its buffer"), found[0].text)
        XCTAssertTrue(found[0].text.contains("its 2 print rows after that flush may show text"), found[0].text)
        XCTAssertTrue(try XCTUnwrap(found[0].premise).holds(in: StateReplayer(timeline: timeline)))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: found).violations(), [])
        // without any flush: the first wording, every row
        let unflushed = notes(run(buffered: true, printed: true, code: -15, lines: 2))
        XCTAssertEqual(unflushed.count, 1)
        XCTAssertTrue(unflushed.first?.text.contains("its 2 print rows above may show text") == true, unflushed.first?.text ?? "")
    }

    func testNothingIsSaidWithoutABufferedStdoutPrintsOrASignal() {
        XCTAssertEqual(notes(run(buffered: false, printed: true, code: -9)), [])
        XCTAssertEqual(notes(run(buffered: true, printed: false, code: -9)), [])
        XCTAssertEqual(notes(run(buffered: true, printed: true, code: 1)), [])
    }
}
