import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Round 7B of the truth review (docs/truth-review.md): the process count of programs nobody here wrote.
final class SubprocessCensusTests: XCTestCase {
    /// r7b_subprocess_in_pool: five `subprocess.run` children of two Pool workers. "processes: 7 (4 end not recorded, …)":
    /// the fifth (`sys.exit(3)`, it printed nothing) was not counted, and the four that printed were "end not
    /// recorded" though each worker's `subprocess.exit` says how it ended.
    func testSubprocessesAreCountedWithTheEndTheirParentSaw() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .subprocessSpawn,
              [("child_pid", .int(301)), ("argv", .array([.string("python3"), .string("-c"), .string("print(10)")]))])
        s.add(2, pid: 301, process: "python -c", .print, [("stream", .string("stdout")), ("text", .string("10"))])
        s.add(3, pid: 100, process: "MainProcess", .subprocessExit, [("child_pid", .int(301)), ("returncode", .int(0))])
        s.add(4, pid: 100, process: "MainProcess", .subprocessSpawn,
              [("child_pid", .int(302)), ("argv", .array([.string("python3"), .string("-c"), .string("import sys; sys.exit(3)")]))])
        s.add(5, pid: 100, process: "MainProcess", .subprocessExit, [("child_pid", .int(302)), ("returncode", .int(3))])
        s.add(6, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        let census = ProcessCensus(s.timeline())
        XCTAssertEqual(census.members.map(\.pid), [100, 301, 302])
        XCTAssertEqual(census.members.map(\.exitCode), [0, 0, 3])
        XCTAssertEqual(census.members.map(\.silent), [false, false, true])
        let checker = InvariantChecker(timeline: s.timeline(), notes: [], recorded: s.events)
        XCTAssertEqual(checker.violations().filter { $0.invariant == "process-count" }, [])
    }
}
