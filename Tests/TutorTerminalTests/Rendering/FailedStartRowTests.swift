import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A submit() that raised and a manager that never started have rows.
final class FailedStartRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    func testASubmitThatRaisedAndAManagerThatNeverStartedHaveRows() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorBroken, object: "ProcessPoolExecutor#1", [("pending", .int(1))])
        let broken = s.add(2, pid: 100, process: "MainProcess", .futureSubmitError, object: "ProcessPoolExecutor#1",
                           [("func", .string("square")), ("error_type", .string("BrokenProcessPool")), ("error", .string("BrokenProcessPool"))])
        let after = s.add(3, pid: 100, process: "MainProcess", .futureSubmitError, object: "ProcessPoolExecutor#2",
                          [("func", .string("square")), ("error_type", .string("RuntimeError")),
                           ("error", .string("RuntimeError: cannot schedule new futures after shutdown"))])
        let wait = s.add(4, pid: 100, process: "MainProcess", .managerStartWait, [("type", .string("SyncManager"))])
        let failed = s.add(224, pid: 100, process: "MainProcess", .managerStartError,
                           [("type", .string("SyncManager")), ("waited_ns", .int(220_000_000)), ("server_pid", .int(4242)), ("error", .string("EOFError"))])
        let refused = s.add(225, pid: 100, process: "MainProcess", .managerStartError,
                            [("type", .string("SyncManager")), ("waited_ns", .int(10_000)), ("server_pid", .null),
                             ("error", .string("ProcessError: Already started server"))])
        let timeline = s.timeline()
        let d = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(d.describe(broken), "submit(square) on ProcessPoolExecutor#1 raised BrokenProcessPool: no work item was made (the executor broke at 0.001 s)")
        XCTAssertEqual(d.describe(after), "submit(square) on ProcessPoolExecutor#2 raised RuntimeError: no work item was made")
        XCTAssertEqual(d.describe(wait), "SyncManager.start() waits for its server process to start and send its address")
        XCTAssertEqual(d.describe(failed), "SyncManager.start() raised EOFError after 220 ms: its server process (pid 4242) never sent its address")
        XCTAssertEqual(d.describe(refused), "SyncManager.start() raised ProcessError: Already started server: no server process was started")
        // the wait is in the ledger, ended by the error
        let ledger = WaitLedger(timeline)
        XCTAssertEqual(ledger.waits.filter { $0.beginKind == .managerStartWait }.map(\.endIndex), [failed])
    }
}
