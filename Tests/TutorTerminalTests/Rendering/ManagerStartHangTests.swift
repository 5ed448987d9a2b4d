import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A start() waiting on a live but silent manager server is explained.
final class ManagerStartHangTests: XCTestCase {
    /// A Manager whose server never answers and never ends (its initializer blocks): the hang's "Why" only repeated the wait.
    func testAStartWaitingOnALiveSilentManagerServerIsExplained() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .managerStartWait, [("type", .string("SyncManager"))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("SyncManager-1"))])
        s.add(3, pid: 201, ppid: 100, process: "SyncManager-1", .processStart, [("name", .string("SyncManager-1")), ("role", .string("manager"))])
        s.add(4, pid: 201, ppid: 100, process: "SyncManager-1", "print", [("text", .string("initializer sleeps"))])
        let timeline = s.timeline()
        let reasons = HangExplainer(timeline: timeline).reasons()
        XCTAssertEqual(reasons.first?.premise, .managerServerSilent(step: 4, pid: 100, thread: "MainThread", server: 201))
        XCTAssertTrue(reasons.first?.text.contains("that server process, SyncManager-1 (pid 201), was still running: it had neither sent its address nor ended") == true,
                      reasons.first?.text ?? "none")
        // the server's end takes the premise away
        s.add(5, pid: 201, ppid: 100, process: "SyncManager-1", .processExit, [("exitcode", .int(1))])
        XCTAssertFalse(HangExplainer(timeline: s.timeline()).reasons().contains { if case .managerServerSilent = $0.premise { true } else { false } })
    }
}
