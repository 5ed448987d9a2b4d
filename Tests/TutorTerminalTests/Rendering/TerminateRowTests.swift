import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A terminate() of a process that had already exited says it ended nothing; one whose target ended otherwise makes no claim.
final class TerminateRowTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)

    private func describe(_ s: EventScript, _ index: Int) -> String {
        let timeline = s.timeline()
        return EventDescriber(timeline: timeline, painter: painter).describe(index)
    }

    /// A broken executor's manager thread terminating its workers: one had exited (code 0) before, one began to exit
    /// and was ended by the SIGTERM (r7a_futures_initializer_fails, fork).
    private func brokenExecutorScript(firstEnd: Int64) -> (EventScript, Int, Int) {
        var s = DocsExamplesDescriberTests.mainProcess()
        for (pid, name) in [(201, "ForkProcess-1"), (202, "ForkProcess-2")] {
            s.add(1, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(pid))), ("name", .string(name))])
            s.add(2, pid: Int32(pid), ppid: 100, process: name, .processStart, [("name", .string(name))])
        }
        s.add(20, pid: 201, ppid: 100, process: "ForkProcess-1", .processExit, [("exitcode", .int(0))])
        s.add(21, pid: 202, ppid: 100, process: "ForkProcess-2", .processExiting, [("exitcode", .int(-15)), ("began_exitcode", .int(0))])
        let first = s.add(27, pid: 100, process: "MainProcess", thread: "Thread-1", .processTerminate,
                          [("child_pid", .int(201)), ("name", .string("ForkProcess-1")), ("at_exit", .bool(false))])
        let second = s.add(27.1, pid: 100, process: "MainProcess", thread: "Thread-1", .processTerminate,
                           [("child_pid", .int(202)), ("name", .string("ForkProcess-2")), ("at_exit", .bool(false))])
        s.add(28, pid: 100, process: "MainProcess", thread: "Thread-1", .processReaped,
              [("child_pid", .int(201)), ("name", .string("ForkProcess-1")), ("exitcode", .int(firstEnd))])
        s.add(32, pid: 100, process: "MainProcess", thread: "Thread-1", .processReaped,
              [("child_pid", .int(202)), ("name", .string("ForkProcess-2")), ("exitcode", .int(-15))])
        return (s, first, second)
    }

    /// r7a_futures_initializer_fails: "terminate() ForkProcess-1 (SIGTERM to pid …)" read as if terminate() ended a
    /// worker that had exited (code 0) 6 ms before; the one it did end keeps the plain row.
    func testATerminateOfAProcessThatHadAlreadyExitedSaysItEndedNothing() {
        let (s, first, second) = brokenExecutorScript(firstEnd: 0)
        XCTAssertEqual(describe(s, first), "terminate() ForkProcess-1 (SIGTERM to pid 201): its exit had begun at 0.020 s (code 0, the end its "
                       + "parent then saw) and it was not yet reaped, so this signal ended nothing")
        XCTAssertEqual(describe(s, second), "terminate() ForkProcess-2 (SIGTERM to pid 202)")
    }

    /// When the parent saw another end than the one the process recorded, the signal may have ended it: no claim.
    func testATerminateWhoseTargetEndedOtherwiseMakesNoClaim() {
        let (s, first, _) = brokenExecutorScript(firstEnd: -15)
        XCTAssertEqual(describe(s, first), "terminate() ForkProcess-1 (SIGTERM to pid 201)")
    }
}
