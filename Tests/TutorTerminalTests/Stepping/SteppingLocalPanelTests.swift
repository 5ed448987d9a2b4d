import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The state panel's `local` rows, from the replayed state of a threading.local.
final class SteppingLocalPanelTests: XCTestCase {
    /// A threading.local: each thread's values, a miss, a delete, and a thread's values going with it.
    func testThreadingLocalKeepsEachLiveThreadsValues() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .localCreate, object: "Local#1", [("site", .string("demo.py:3"))])
        s.add(2, pid: 100, process: "MainProcess", .localSet, object: "Local#1", [("attr", .string("name")), ("value", .string("'main'"))])
        s.add(3, pid: 100, process: "MainProcess", thread: "Thread_1", .localSet, object: "Local#1",
              [("attr", .string("name")), ("value", .string("'p1'"))])
        s.add(4, pid: 100, process: "MainProcess", thread: "Thread_1", .localSet, object: "Local#1",
              [("attr", .string("name")), ("value", .string("'p1b'"))])
        s.add(5, pid: 100, process: "MainProcess", thread: "Newcomer", .localGet, object: "Local#1",
              [("attr", .string("name")), ("missing", .bool(true))])
        s.add(6, pid: 100, process: "MainProcess", thread: "Thread_1", .threadExit, [("name", .string("Thread_1"))])
        s.add(7, pid: 100, process: "MainProcess", .localDel, object: "Local#1", [("attr", .string("name"))])
        let replayer = StateReplayer(timeline: s.timeline())
        XCTAssertEqual(replayer.state(after: 1).locals.map(\.label), ["Local#1"])
        XCTAssertEqual(replayer.state(after: 1).locals.first?.values.count, 0)
        let both = replayer.state(after: 5).locals.first?.values
        XCTAssertEqual(both?.map(\.who), ["MainProcess", "MainProcess/Thread_1"], "a miss stores nothing")
        XCTAssertEqual(both?.map(\.value), ["'main'", "'p1b'"], "a second set replaces the thread's value")
        XCTAssertEqual(replayer.state(after: 6).locals.first?.values.map(\.who), ["MainProcess"], "gone with its thread")
        XCTAssertEqual(replayer.state(after: 7).locals.first?.values.count, 0)
        let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))
        let panel = StatePanel(state: replayer.state(after: 5), painter: painter, width: 100, hidesInfrastructure: true).lines()
        XCTAssertTrue(panel.contains { $0.hasPrefix(" local") && $0.contains("Local#1: MainProcess: name = 'main'")
            && $0.contains("MainProcess/Thread_1: name = 'p1b'") }, panel.joined(separator: "\n"))
    }
}
