import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A thread whose run() raised (gaps 11A, r10b_thread_exits_in_child): "thread T-sys.exit ends" did not say that
/// sys.exit(3) ended it (threading's excepthook ignores SystemExit silently).
final class ThreadEndRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    func testAThreadEndedBySystemExitOrAnExceptionSaysSo() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let quit = s.add(1, pid: 100, process: "MainProcess", thread: "T-sys.exit", .threadExit,
                         [("name", .string("T-sys.exit")), ("raised", .string("SystemExit")), ("exit_arg", .string("3"))])
        let fail = s.add(2, pid: 100, process: "MainProcess", thread: "T-raise", .threadExit,
                         [("name", .string("T-raise")), ("raised", .string("ValueError")), ("error", .string("ValueError: bad row 7"))])
        let plain = s.add(3, pid: 100, process: "MainProcess", thread: "T-fine", .threadExit, [("name", .string("T-fine"))])
        let describer = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(describer.describe(quit), "thread T-sys.exit ends by SystemExit(3), as sys.exit(3) raises: it ends only this thread, and threading ignores it silently (no traceback; the process goes on)")
        XCTAssertEqual(describer.describe(fail), "thread T-raise ends: its run() raised ValueError: bad row 7, uncaught (handed to threading.excepthook; the process goes on)")
        XCTAssertEqual(describer.describe(plain), "thread T-fine ends")
    }
}
