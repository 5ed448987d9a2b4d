import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// How the main process's own code ended (gaps 11A, docs/truth-review.md): r10b_parent_raises_children_run's note said
/// "MainProcess exited with code 1: an uncaught exception, or sys.exit(1)" while its KeyError was uncaught.
final class MainEndNoteTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    /// The main process's `process.main.end` (as the tracer records it) and mp-tutor's observed exit with `status`.
    private func mainEnd(_ fields: [(String, JSONValue)], status: Int64) -> (Timeline, row: Int, exit: Int) {
        var s = DocsExamplesDescriberTests.mainProcess()
        let row = s.add(1, pid: 100, process: "MainProcess", .processMainEnd, fields)
        let exit = s.add(2, pid: 100, process: "MainProcess", .processExit, [("observed_by", .string("mp-tutor")), ("exitcode", .int(status))])
        return (s.timeline(), row, exit)
    }

    func testAnUncaughtExceptionInMainIsTheNotesCause() {
        let (timeline, row, exit) = mainEnd([("via", .string("uncaught exception")), ("exitcode", .int(1)), ("raised", .string("KeyError")),
                                             ("error", .string("KeyError: 'port'"))], status: 1)
        XCTAssertEqual(Annotator(timeline: timeline).notes().first { $0.eventIndex == exit }?.text,
                       "MainProcess exited with code 1: its main code raised KeyError: 'port', and nothing caught it (its traceback went to stderr).")
        XCTAssertEqual(EventDescriber(timeline: timeline, painter: painter).describe(row),
                       "its main code raised KeyError: 'port', and nothing caught it (the traceback went to stderr): after the atexit handlers, Python exits with code 1")
    }

    func testASysExitInMainIsTheNotesCause() {
        let (timeline, row, exit) = mainEnd([("via", .string("sys.exit()")), ("exitcode", .int(44)), ("exit_arg", .string("300"))], status: 44)
        XCTAssertEqual(Annotator(timeline: timeline).notes().first { $0.eventIndex == exit }?.text,
                       "MainProcess exited with code 44: its main code called sys.exit(300).")
        XCTAssertEqual(EventDescriber(timeline: timeline, painter: painter).describe(row),
                       "its main code called sys.exit(300): after the atexit handlers, Python exits with code 44")
    }

    /// A record that disagrees with the status observed (an atexit handler that called os._exit(3) after it) is not the cause.
    func testARecordThatDisagreesWithTheStatusIsNotTheCause() {
        let (timeline, _, exit) = mainEnd([("via", .string("sys.exit()")), ("exitcode", .int(2)), ("exit_arg", .string("2"))], status: 3)
        XCTAssertEqual(Annotator(timeline: timeline).notes().first { $0.eventIndex == exit }?.text, "MainProcess exited with code 3.")
    }
}
