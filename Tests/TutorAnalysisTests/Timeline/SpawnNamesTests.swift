import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// docs_lock_print and docs_no_main_guard under forkserver: a child that failed before unpickling its Process object
/// had a lane and notes named "docs_lock_print.py" (what the fork server was called), not Process-6.
final class SpawnNamesTests: XCTestCase {
    func testAChildThatNeverStartedIsNamedAsItsParentNamedIt() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(106)), ("name", .string("Process-6"))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(107)), ("name", .string("Process-7"))])
        s.add(3, pid: 107, ppid: 99, process: "Process-7", .processStart, [("name", .string("Process-7")), ("role", .string("child"))])
        s.add(4, pid: 106, ppid: 99, process: "docs_lock_print.py", .print,
              [("stream", .string("stderr")), ("text", .string("FileNotFoundError: [Errno 2] No such file or directory"))])
        s.add(5, pid: 107, ppid: 99, process: "Process-7", .processExit, [("exitcode", .int(0))])
        s.add(6, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(106)), ("name", .string("Process-6")), ("exitcode", .int(1))])
        let timeline = s.timeline()
        XCTAssertEqual(timeline.events[4].process, "Process-6")
        XCTAssertEqual(timeline.lanes.map(\.process), ["MainProcess", "Process-6", "Process-7"])
        XCTAssertFalse(timeline.lanes.contains { $0.process == "docs_lock_print.py" })
        XCTAssertEqual(timeline.lanes.map(\.role), ["main", "child", "child"], "the lane list said '· other'")
    }
}
