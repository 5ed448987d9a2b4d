import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The rows of waits on several work items, on a manager's answer, and of a self-reported exit the parent contradicted.
final class WaitRowsDescriberTests: XCTestCase {
    func testWaitsOnWorkItemsManagerCallsAndAContradictedExit() {
        var s = EventScript()
        s.add(1, pid: 100, process: "MainProcess", EventKind.executorWait, object: "ProcessPoolExecutor#1",
              [("call", .string("as_completed()")), ("pending", .int(2)), ("works", .array([.int(1), .int(2)])), ("timeout", .null)])
        s.add(2, pid: 100, process: "MainProcess", EventKind.executorWaited, object: "ProcessPoolExecutor#1",
              [("call", .string("as_completed()")), ("waited_ns", .int(5_000_000)), ("ok", .bool(true)), ("pending", .int(1))])
        s.add(3, pid: 100, process: "MainProcess", EventKind.executorWait, object: "ProcessPoolExecutor#1",
              [("call", .string("wait()")), ("pending", .int(1)), ("works", .array([.int(3)])), ("timeout", .double(0.01))])
        s.add(14, pid: 100, process: "MainProcess", EventKind.executorWaited, object: "ProcessPoolExecutor#1",
              [("call", .string("wait()")), ("waited_ns", .int(11_000_000)), ("ok", .bool(false)), ("pending", .int(1))])
        s.add(15, pid: 100, process: "MainProcess", EventKind.executorWait, object: "ProcessPoolExecutor#1",
              [("call", .string("shutdown()")), ("pending", .int(1)), ("works", .array([.int(3)])), ("timeout", .null)])
        s.add(16, pid: 101, process: "Process-1", EventKind.managerWait, object: "Queue#1",
              [("type", .string("Queue")), ("method", .string("get")), ("args", .string("()"))])
        s.add(17, pid: 102, process: "W-1", EventKind.processExit, [("exitcode", .int(0))])
        s.add(18, pid: 100, process: "MainProcess", EventKind.processReaped, [("child_pid", .int(102)), ("name", .string("W-1")), ("exitcode", .int(-15))])
        let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))
        var events = s.transcript().events
        ExitReconciler.reconcile(&events)
        var transcript = s.transcript()
        transcript.events = events
        let timeline = TimelineBuilder.build(transcript)
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(timeline.events.indices.map(describer.describe), [
            "waits in as_completed() for work items 1, 2 of ProcessPoolExecutor#1",
            "as_completed() returned after 5 ms · 1 still not done",
            "waits in wait() for work item 3 of ProcessPoolExecutor#1 (timeout 10 ms)",     // round 27F: wait(timeout=) says it
            "wait() gave up: timed out after 11 ms · 1 still not done",
            "waits in shutdown() for ProcessPoolExecutor#1 to run its 1 unfinished work item and stop its workers",
            "sends Queue#1.get(): waits for the manager's answer",
            "began to exit (code 0), but SIGTERM ended it first: exitcode -15, as its parent saw",
            "sees W-1 end: exitcode -15",
        ])
        // the state model: the shutdown and the manager call are still blocked at the end, the others closed
        let ledger = WaitLedger(timeline)
        XCTAssertEqual(ledger.unfinished.map(\.call), ["shutdown()", "get()"])
        XCTAssertEqual(ledger.unfinished.map(\.target), ["ProcessPoolExecutor#1", "Queue#1"])
        let blocked = StateReplayer(timeline: timeline).state(after: timeline.events.count - 1).blocked
        XCTAssertEqual(blocked.map(\.what), ["waits in shutdown() for ProcessPoolExecutor#1 to run its 1 unfinished work item and stop its workers",
                                             "waits in Queue#1.get() for the manager's answer"])
    }
}
