import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A manager's shutdown row says who ran it.
final class ManagerShutdownRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    /// r5a_manager_shutdown_client: m.shutdown() had no row; the server lane said only "run() raised SystemExit".
    func testAManagersShutdownSaysWhoRanIt() {
        var s = DocsExamplesDescriberTests.mainProcess()
        for how in ["with", "call", "at_exit"] {
            s.add(1, pid: 100, process: "MainProcess", .managerShutdown, object: "SyncManager#1", [("how", .string(how))])
        }
        let describer = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual([1, 2, 3].map(describer.describe), [
            "leaving the with-block shuts SyncManager#1 down: asks its server process to stop",
            "SyncManager#1.shutdown(): asks its server process to stop",
            "at exit, multiprocessing shuts SyncManager#1 down (the program did not): asks its server process to stop",
        ])
    }
}
