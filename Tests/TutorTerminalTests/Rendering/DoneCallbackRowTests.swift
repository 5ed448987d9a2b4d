import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A Future's done-callback that raised has a row.
final class DoneCallbackRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    /// r5a_futures_callback_raises: only the logged traceback said that a done-callback raised.
    func testADoneCallbackThatRaisedHasARow() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", thread: "Thread-1", .futureCallback, object: "ProcessPoolExecutor#1",
              [("work", .int(0)), ("func", .string("bad_callback")), ("error", .string("RuntimeError: callback failed for 14"))])
        XCTAssertEqual(EventDescriber(timeline: s.timeline(), painter: painter).describe(1),
                       "done-callback bad_callback of work item 0 raised RuntimeError: callback failed for 14: concurrent.futures logs it and goes on")
    }
}
