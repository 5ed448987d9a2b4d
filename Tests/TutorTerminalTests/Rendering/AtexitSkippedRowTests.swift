import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The atexit handlers a process leaving by os._exit() skips (gaps 11A): libraries' handlers (logging.shutdown) were
/// not counted and nothing said so; a hand-forked child's os._exit() said nothing.
final class AtexitSkippedRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    func testLibraryHandlersAndAnOsExitAreSaid() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let both = s.add(1, pid: 100, process: "MainProcess", .processAtexitSkipped,
                         [("count", .int(1)), ("handlers", .string("handler")), ("library_handlers", .string("logging.shutdown"))])
        let libraryOnly = s.add(2, pid: 100, process: "MainProcess", .processAtexitSkipped,
                                [("count", .int(0)), ("handlers", .string("")), ("library_handlers", .string("logging.shutdown"))])
        // a child's own os._exit() (the main process's reads otherwise: MainEndKindsNoteTests, gaps 12A)
        s.add(2.5, pid: 201, ppid: 100, process: "Process-1", .processStart, [("name", .string("Process-1")), ("role", .string("child"))])
        let osExit = s.add(3, pid: 201, ppid: 100, process: "Process-1", .processAtexitSkipped,
                           [("count", .int(1)), ("handlers", .string("handler")), ("via", .string("os._exit"))])
        let describer = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(describer.describe(both), "leaves by os._exit(), as every child started by fork or forkserver does after run(): the atexit handlers the program registered here or, before the fork, in its parent (1: handler) do not run in this process (a spawn child leaves by sys.exit() and runs its own); those libraries registered are skipped too (logging.shutdown)")
        XCTAssertEqual(describer.describe(libraryOnly), "leaves by os._exit(), as every child started by fork or forkserver does after run(): the atexit handlers libraries registered here or, before the fork, in its parent (logging.shutdown) do not run in this process (multiprocessing's own exit function is not among them: run()'s cleanup calls it)")
        XCTAssertEqual(describer.describe(osExit), "os._exit() skips the atexit handlers: those the program registered here or, before a fork, in its parent (1: handler) do not run in this process")
    }
}
