import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// An RLock taken again and released one level says it is still held.
final class RLockLevelRowTests: XCTestCase {
    /// r6b_rlock_condition_predicate, rlock_reentrant, r6b_value_array_locks: an RLock taken again by its holder and
    /// released one level showed "acquired RLock#1", "released RLock#1" while the holder still held it; the next row,
    /// another process's "waits for RLock#1", then read as waiting for a free lock.
    func testAnRLockTakenAgainAndReleasedOneLevelSaysItIsStillHeld() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "RLock#1", [("type", .string("RLock"))])
        s.add(2, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#2", [("type", .string("Lock"))])
        for (t, kind) in [(3.0, EventKind.lockAcquire), (4, .lockAcquire), (5, .lockRelease), (6, .lockAcquire)] {
            s.add(t, pid: 203, process: "Process-3", kind, object: "RLock#1", [("waited_ns", .int(0))])
        }
        s.add(7, pid: 201, process: "Process-1", .lockWait, object: "RLock#1")
        s.add(8, pid: 203, process: "Process-3", .lockRelease, object: "RLock#1")
        s.add(9, pid: 203, process: "Process-3", .lockRelease, object: "RLock#1")
        s.add(10, pid: 201, process: "Process-1", .lockAcquire, object: "RLock#1", [("waited_ns", .int(3_000_000))])
        s.add(11, pid: 201, process: "Process-1", .lockRelease, object: "RLock#1")
        s.add(12, pid: 203, process: "Process-3", .lockAcquire, object: "Lock#2", [("waited_ns", .int(0))])
        s.add(13, pid: 203, process: "Process-3", .lockRelease, object: "Lock#2")
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        XCTAssertEqual(timeline.events.indices.dropFirst(3).map(describer.describe), [
            "acquired RLock#1",
            "acquired RLock#1 again: its holder now holds it 2 levels deep",
            "released one level of RLock#1: still held (1 more release() frees it)",
            "acquired RLock#1 again: its holder now holds it 2 levels deep",
            "waits for RLock#1",
            "released one level of RLock#1: still held (1 more release() frees it)",
            "released RLock#1",
            "acquired RLock#1 after 3 ms",
            "released RLock#1",
            "acquired Lock#2",
            "released Lock#2",
        ])
    }
}
