import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// What happens at interpreter exit is shown as such.
final class InterpreterExitRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    private func rows(_ s: EventScript) -> [String] {
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        return timeline.events.indices.dropFirst().map(describer.describe)
    }

    /// r3_daemon_killed_at_exit and docs_futures_deadlock_ab: what multiprocessing and threading do at exit.
    func testWhatHappensAtInterpreterExitIsShownAsSuch() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processTerminate, [("child_pid", .int(201)), ("name", .string("Process-1")), ("at_exit", .bool(true))])
        s.add(2, pid: 100, process: "MainProcess", .processTerminate, [("child_pid", .int(202)), ("name", .string("Process-2")), ("at_exit", .bool(false))])
        s.add(3, pid: 100, process: "MainProcess", .threadShutdownWait, [("threads", .array([.string("Worker-1"), .string("Worker-2")]))])
        s.add(9, pid: 100, process: "MainProcess", .threadShutdownWaited, [("waited_ns", .int(6_000_000)), ("ok", .bool(true))])
        s.add(10, pid: 100, process: "MainProcess", .executorWait, object: "ProcessPoolExecutor#1",
              [("call", .string("shutdown()")), ("pending", .int(0)), ("works", .array([])), ("timeout", .null)])
        XCTAssertEqual(rows(s), [
            "at exit, multiprocessing terminates Process-1 (a daemon process: SIGTERM to pid 201; the program did not call terminate())",
            "terminate() Process-2 (SIGTERM to pid 202)",
            "reaches interpreter exit: threading._shutdown() waits for Worker-1, Worker-2 to end (non-daemon threads)",
            "threading._shutdown() returned after 6 ms: the threads it waited for have ended",
            "waits in shutdown() for ProcessPoolExecutor#1 to stop its workers (no work item was pending)",
        ])
    }
}
