import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A 3.13 fork/forkserver child's inherited atexit handlers, cleared by multiprocessing right after the fork
/// (`via` "atexit._clear"): said with their own cause, not the os._exit one of a 3.11/3.12 child's skipped handlers.
final class AtexitClearedRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    func testClearedHandlersSayTheirOwnCause() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 201, ppid: 100, process: "ForkProcess-1", .processStart, [("name", .string("ForkProcess-1")), ("role", .string("child"))])
        let both = s.add(2, pid: 201, ppid: 100, process: "ForkProcess-1", .processAtexitSkipped,
                         [("count", .int(1)), ("handlers", .string("parent_handler")),
                          ("library_handlers", .string("logging.shutdown")), ("via", .string("atexit._clear"))])
        let libraryOnly = s.add(3, pid: 201, ppid: 100, process: "ForkProcess-1", .processAtexitSkipped,
                                [("count", .int(0)), ("handlers", .string("")),
                                 ("library_handlers", .string("logging.shutdown")), ("via", .string("atexit._clear"))])
        let describer = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(describer.describe(both), "the atexit handlers the program registered before the fork (1: parent_handler) were cleared in this child right after the fork: in this Python, multiprocessing calls atexit._clear() there, so only the handlers registered in this process run when it ends; those libraries registered were cleared too (logging.shutdown)")
        XCTAssertEqual(describer.describe(libraryOnly), "the atexit handlers libraries registered before the fork (logging.shutdown) were cleared in this child right after the fork: in this Python, multiprocessing calls atexit._clear() there, so only the handlers registered in this process run when it ends")
        for phrase in [Phrase.evAtexitCleared, .evAtexitClearedLibrary, .evAtexitClearedLibraryOnly] {
            XCTAssertNotNil(Phrase.chinese[phrase], "\(phrase)")
            XCTAssertNotEqual(Phrase.chinese[phrase], Phrase.english[phrase], "\(phrase)")
        }
    }
}
