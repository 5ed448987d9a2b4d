import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A manager's start says how long it waited, and counts as waiting.
final class ManagerStartRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    /// r5a_manager_custom_class (spawn): "TallyManager#1 started" 200 ms before its server started, and the 200 ms that
    /// start() blocked counted as "other". The event is now stamped when start() returned, with how long it waited.
    func testAManagersStartSaysHowLongItWaitedAndCountsAsWaiting() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(210, pid: 100, process: "MainProcess", .managerCreate, object: "TallyManager#1",
              [("type", .string("TallyManager")), ("server_pid", .int(300)), ("waited_ns", .int(205_000_000))])
        s.add(400, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(1),
                       "TallyManager#1 started: server pid 300 (start() waited 205 ms for the server process to be up)")
        let waits = ProcessTimeAnalysis(timeline).processes.first?.waits
        XCTAssertEqual(waits?.map(\.reason), ["manager"])
        XCTAssertEqual(waits?.first?.ns, 205_000_000)
        // A transcript recorded before the field existed says what it said.
        var old = DocsExamplesDescriberTests.mainProcess()
        old.add(5, pid: 100, process: "MainProcess", .managerCreate, object: "SyncManager#1", [("type", .string("SyncManager")), ("server_pid", .int(300))])
        XCTAssertEqual(EventDescriber(timeline: old.timeline(), painter: painter).describe(1), "SyncManager#1 started: server pid 300")
    }
}
