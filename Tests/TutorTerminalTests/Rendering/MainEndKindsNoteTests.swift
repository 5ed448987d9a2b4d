import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// How the main process's code ended when it was not sys.exit() nor Python's traceback (gaps 12A,
/// docs/truth-review.md): g12a_main_raise_systemexit, g12a_main_site_exit and g12a_main_os_exit got the plain "MainProcess
/// exited with code N."; g12a_main_excepthook's row said the traceback went to stderr while the program's own
/// sys.excepthook printed one line and no traceback.
final class MainEndKindsNoteTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    private func mainEnd(_ fields: [(String, JSONValue)], status: Int64) -> (Timeline, row: Int, exit: Int) {
        var s = DocsExamplesDescriberTests.mainProcess()
        let row = s.add(1, pid: 100, process: "MainProcess", .processMainEnd, fields)
        let exit = s.add(2, pid: 100, process: "MainProcess", .processExit, [("observed_by", .string("mp-tutor")), ("exitcode", .int(status))])
        return (s.timeline(), row, exit)
    }

    private func texts(_ t: (Timeline, row: Int, exit: Int)) -> (note: String?, row: String) {
        (Annotator(timeline: t.0).notes().first { $0.eventIndex == t.exit }?.text, EventDescriber(timeline: t.0, painter: painter).describe(t.row))
    }

    func testARaisedSystemExitIsNotCalledSysExit() {
        let (note, row) = texts(mainEnd([("via", .string("SystemExit"))], status: 3))
        XCTAssertEqual(note, "MainProcess exited with code 3: its main code ended by a SystemExit that a raise statement made (not sys.exit() nor exit()), and nothing caught it.")
        // gaps 37B: the tracer tells a raised SystemExit only at its last atexit hook, so the row follows the handlers' rows
        XCTAssertEqual(row, "only now, at exit and after the atexit handlers had run, could the tracer tell that its main code had ended by a SystemExit that a raise statement made (not sys.exit() nor exit()), and that nothing caught it: Python exits with the code it carries")
    }

    func testTheSitesExitIsNamed() {
        let (note, row) = texts(mainEnd([("via", .string("exit()")), ("exitcode", .int(4)), ("exit_arg", .string("4"))], status: 4))
        XCTAssertEqual(note, "MainProcess exited with code 4: its main code called exit(4), the site's helper, which raises SystemExit as sys.exit() does.")
        XCTAssertTrue(row.hasPrefix("its main code called exit(4), the site's helper for the interactive prompt"), row)
        XCTAssertTrue(row.hasSuffix("Python exits with code 4"), row)
    }

    func testTheMainProcesssOsExitSaysWhatItSkipped() {
        let (note, row) = texts(mainEnd([("via", .string("os._exit()")), ("exitcode", .int(5)), ("exit_arg", .string("261"))], status: 5))
        XCTAssertEqual(note, "MainProcess exited with code 5: it called os._exit(261), which ends the process at once: no atexit handler ran, not even multiprocessing's, which would have joined the children still running (and terminated the daemonic ones first).")
        XCTAssertTrue(row.hasPrefix("os._exit(261): the process ends at once with code 5: no atexit handler runs"), row)
        // a status that is not the one os._exit() gave (a signal came first): not its cause
        XCTAssertEqual(texts(mainEnd([("via", .string("os._exit()")), ("exitcode", .int(5)), ("exit_arg", .string("5"))], status: 6)).note,
                       "MainProcess exited with code 6.")
    }

    /// The handlers the main process's os._exit() skipped: none inherited "before a fork, in its parent" (it has none).
    func testTheMainProcesssSkippedHandlersAreItsOwn() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let row = s.add(1, pid: 100, process: "MainProcess", .processAtexitSkipped,
                        [("count", .int(1)), ("handlers", .string("goodbye")), ("via", .string("os._exit"))])
        XCTAssertEqual(EventDescriber(timeline: s.timeline(), painter: painter).describe(row),
                       "os._exit() skips the atexit handlers: those the program registered (1: goodbye) do not run")
    }

    func testAReplacedExcepthookIsNotSaidToPrintTheTraceback() {
        let (note, row) = texts(mainEnd([("via", .string("uncaught exception")), ("exitcode", .int(1)), ("raised", .string("ValueError")),
                                         ("error", .string("ValueError: config missing")), ("excepthook", .string("log_and_hide"))], status: 1))
        XCTAssertEqual(note, "MainProcess exited with code 1: its main code raised ValueError: config missing, and nothing caught it (Python handed it to the program's own sys.excepthook, log_and_hide, which decides what is printed: perhaps no traceback).")
        XCTAssertFalse(row.contains("the traceback went to stderr"), row)
        XCTAssertTrue(row.contains("the program's own sys.excepthook, log_and_hide"), row)
    }
}
