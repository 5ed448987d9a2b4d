import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// The three hangs the curriculum teaches, as the tracer records them, and what mp-tutor says about each.
final class HangExplainerTests: XCTestCase {
    private let timedOut = RunFacts(exitCode: nil, signal: 15, timedOut: true, timeoutSeconds: 3)

    private func start(_ s: inout EventScript, _ ms: Double, _ pid: Int32, _ name: String, role: String) {
        s.add(ms, pid: pid, process: name, .processStart, [("name", .string(name)), ("role", .string(role))])
    }

    func testTwoLocksTakenInOppositeOrderIsADeadlock() {
        var s = EventScript()
        start(&s, 0, 100, "MainProcess", role: "main")
        s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#1", [("type", .string("Lock"))])
        s.add(2, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#2", [("type", .string("Lock"))])
        start(&s, 5, 201, "Process-1", role: "child")
        start(&s, 6, 202, "Process-2", role: "child")
        s.add(10, pid: 201, process: "Process-1", .lockAcquire, object: "Lock#1", [("waited_ns", .int(0))])
        s.add(11, pid: 202, process: "Process-2", .lockAcquire, object: "Lock#2", [("waited_ns", .int(0))])
        s.add(20, pid: 201, process: "Process-1", .lockWait, object: "Lock#2")
        s.add(21, pid: 202, process: "Process-2", .lockWait, object: "Lock#1")
        s.add(22, pid: 100, process: "MainProcess", .processJoinWait, [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(3000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        let text = HangExplainer(timeline: s.timeline(run: timedOut)).explanations()
        XCTAssertEqual(text.count, 1, "\(text)")
        XCTAssertTrue(text[0].hasPrefix("deadlock: "), text[0])
        XCTAssertTrue(text[0].contains("Process-1 holds Lock#1 and waits to acquire Lock#2"), text[0])
        XCTAssertTrue(text[0].contains("Process-2 holds Lock#2 and waits to acquire Lock#1"), text[0])
    }

    func testConsumerWithoutAnEndSignalStarves() {
        var s = EventScript()
        start(&s, 0, 100, "MainProcess", role: "main")
        s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue"))])
        start(&s, 5, 201, "Process-1", role: "child")
        s.add(10, pid: 100, process: "MainProcess", .queuePut, object: "Queue#1", [("item", .string("'job'")), ("waited_ns", .int(0))])
        s.add(12, pid: 201, process: "Process-1", .queueGet, object: "Queue#1", [("item", .string("'job'")), ("waited_ns", .int(0))])
        s.add(13, pid: 201, process: "Process-1", .queueWait, object: "Queue#1", [("op", .string("get"))])
        s.add(14, pid: 100, process: "MainProcess", .processJoinWait, [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(3000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        let text = HangExplainer(timeline: s.timeline(run: timedOut)).explanations()
        XCTAssertEqual(text.count, 1, "\(text)")
        XCTAssertTrue(text[0].hasPrefix("Process-1 waits to get from Queue#1, which is empty, and no process still running will put anything"), text[0])
        XCTAssertTrue(text[0].contains("MainProcess waits for Process-1 to end, while Process-1 waits for an item"), text[0])
    }

    func testJoinBeforeGetWithAQueuedItemIsTheFeederPitfall() {
        var s = EventScript()
        start(&s, 0, 100, "MainProcess", role: "main")
        s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue"))])
        start(&s, 5, 201, "Process-1", role: "child")
        s.add(10, pid: 201, process: "Process-1", .queuePut, object: "Queue#1", [("item", .string("'xxxxxxxx...'")), ("waited_ns", .int(0))])
        s.add(11, pid: 100, process: "MainProcess", .processJoinWait, [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(3000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        let text = HangExplainer(timeline: s.timeline(run: timedOut)).explanations()
        XCTAssertEqual(text.count, 1, "\(text)")
        XCTAssertTrue(text[0].hasPrefix("MainProcess waits in join(Process-1), but Process-1 cannot exit: it put 'xxxxxxxx...' on Queue#1"), text[0])
        XCTAssertTrue(text[0].contains("joining processes that use queues"))
    }

    func testNothingBlockedExplainsNothing() {
        XCTAssertEqual(HangExplainer(timeline: Fixtures.poolRun().timeline()).explanations(), [])
    }
}
