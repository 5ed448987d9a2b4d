import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Round 25X (r25x_lock_holder_killed, --step): a timed acquire() that gave up left its process among the lock's
/// waiters, and the process row said "waiting for Lock#1" until the end of the run.
final class LockTimeoutStateTests: XCTestCase {
    func testATimedAcquireThatGaveUpIsNoLongerAWaiter() {
        var s = EventScript()
        s.add(0, pid: 1, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 1, process: "MainProcess", .lockCreate, object: "Lock#1", [("type", .string("Lock"))])
        s.add(2, pid: 2, process: "Holder", .processStart, [("role", .string("child"))])
        s.add(3, pid: 2, process: "Holder", .lockAcquire, object: "Lock#1", [("waited_ns", .int(0))])
        s.add(4, pid: 3, process: "Waiter1", .processStart, [("role", .string("child"))])
        s.add(5, pid: 3, process: "Waiter1", .lockWait, object: "Lock#1")
        let gaveUp = s.add(6, pid: 3, process: "Waiter1", .lockTimeout, object: "Lock#1", [("waited_ns", .int(3_000_000_000)), ("timeout", .int(3))])
        let state = StateReplayer(timeline: s.timeline()).state(after: gaveUp)
        XCTAssertEqual(state.locks.first?.waiters.map(\.who), [])
        XCTAssertEqual(state.locks.first?.holders.map(\.who), ["Holder"])
        let waiter = state.processes.first { $0.pid == 3 }
        XCTAssertFalse(waiter?.activity.contains("waiting") ?? true, waiter?.activity ?? "no process")
        XCTAssertTrue(state.blocked.isEmpty)
    }
}
