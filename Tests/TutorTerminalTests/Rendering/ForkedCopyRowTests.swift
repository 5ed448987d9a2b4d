import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A forked child's copy of a threading Lock or Event is not the parent's object.
final class ForkedCopyRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    private func described(_ s: EventScript) -> (Timeline, EventDescriber) {
        let timeline = s.timeline()
        return (timeline, EventDescriber(timeline: timeline, painter: painter))
    }

    /// Round 7A split a forked child's copy of a threading Lock from the parent's; a threading Event (or Condition,
    /// Barrier) was still one object: the child's set() read as if it woke the parent's wait().
    func testAForkedChildsCopyOfAThreadingEventIsNotTheParentsEvent() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .eventCreate, object: "Event#1", [("threading", .bool(true))])
        s.add(1.5, pid: 100, process: "MainProcess", .conditionCreate, object: "Condition#1", [("threading", .bool(true))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(3, pid: 201, ppid: 100, process: "Process-1", .processStart,
              [("name", .string("Process-1")), ("role", .string("child")), ("start_method", .string("fork"))])
        let set = s.add(5, pid: 201, ppid: 100, process: "Process-1", .eventSet, object: "Event#1")
        let notify = s.add(6, pid: 201, ppid: 100, process: "Process-1", .conditionNotify, object: "Condition#1", [("n", .int(1))])
        let parentSet = s.add(7, pid: 100, process: "MainProcess", .eventSet, object: "Event#1")
        let timeline = s.timeline()
        XCTAssertEqual(timeline.events[set].object, "Event#1 (Process-1's copy)")
        XCTAssertEqual(timeline.events[notify].object, "Condition#1 (Process-1's copy)")
        XCTAssertEqual(timeline.events[parentSet].object, "Event#1")
    }

    /// r7a_thread_queue_to_process: a threading.Lock passed to a forked child: "acquired Lock#1" in Process-1 while
    /// MainProcess held Lock#1, and "Lock#1 (Lock): 2 acquisitions": two holders of one lock. The child's is its own copy.
    func testAForkedChildsCopyOfAThreadingLockIsNotTheParentsLock() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#1", [("type", .string("Lock")), ("threading", .bool(true))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("Process-1"))])
        s.add(3, pid: 201, ppid: 100, process: "Process-1", .processStart,
              [("name", .string("Process-1")), ("role", .string("child")), ("start_method", .string("fork"))])
        s.add(4, pid: 100, process: "MainProcess", .lockAcquire, object: "Lock#1", [("waited_ns", .int(0))])
        s.add(5, pid: 201, ppid: 100, process: "Process-1", .lockAcquire, object: "Lock#1", [("waited_ns", .int(0))])
        s.add(6, pid: 100, process: "MainProcess", .lockRelease, object: "Lock#1")
        s.add(7, pid: 201, ppid: 100, process: "Process-1", .lockRelease, object: "Lock#1")
        let (timeline, describer) = described(s)
        let childAcquire = timeline.events.indices.first { timeline.events[$0].is(.lockAcquire) && timeline.events[$0].pid == 201 }!
        XCTAssertEqual(describer.describe(childAcquire), "acquired Lock#1 (Process-1's copy)")
        XCTAssertEqual(timeline.locks.map(\.object), ["Lock#1", "Lock#1 (Process-1's copy)"])
        let state = StateReplayer(timeline: timeline).state(after: childAcquire)
        XCTAssertEqual(state.locks.map { "\($0.label): \($0.holders.map(\.who))" },
                       ["Lock#1: [\"MainProcess\"]", "Lock#1 (Process-1's copy): [\"Process-1\"]"])
    }
}
