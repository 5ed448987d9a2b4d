import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// An idle worker of a closed or terminating pool waits for no next task (the state model).
final class ClosedPoolActivityTests: XCTestCase {
    private func start(_ s: inout EventScript, _ ms: Double, _ pid: Int32, _ name: String, role: String = "child") {
        s.add(ms, pid: pid, process: name, .processStart, [("name", .string(name)), ("role", .string(role))])
    }

    /// r6a_pool_never_closed (--step): after Pool#2.close() and after Pool#1's finalizer terminated it, the state panel
    /// still said its idle workers were "idle, waiting for the next task": none could come.
    func testAnIdleWorkerOfAClosedOrTerminatingPoolWaitsForNoNextTask() {
        var s = EventScript()
        start(&s, 0, 100, "MainProcess", role: "main")
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1"))])
        start(&s, 3, 201, "ForkPoolWorker-1")
        s.add(4, pid: 201, process: "ForkPoolWorker-1", .taskStart, object: "Pool#1", [("job", .int(0)), ("index", .int(0)), ("func", .string("f"))])
        s.add(5, pid: 201, process: "ForkPoolWorker-1", .taskEnd, object: "Pool#1", [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
        s.add(6, pid: 100, process: "MainProcess", .poolClose, object: "Pool#1")
        s.add(7, pid: 100, process: "MainProcess", .poolTerminate, object: "Pool#1", [("by", .string("collected"))])
        let replayer = StateReplayer(timeline: s.timeline())
        func activity(after step: Int) -> String? { replayer.state(after: step).processes.first { $0.pid == 201 }?.activity }
        XCTAssertEqual(activity(after: 5), Phrase.activityIdle.text())
        XCTAssertEqual(activity(after: 6), "idle; its pool is closed: no new task can be submitted, it takes only tasks already waiting, then ends")
        XCTAssertEqual(activity(after: 7), "idle; its pool is being terminated: it takes no more tasks")
    }
}
