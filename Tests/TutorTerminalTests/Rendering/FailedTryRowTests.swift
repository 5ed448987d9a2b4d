import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Failed non-blocking acquires have rows and say no unit was free.
final class FailedTryRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    func testAThreadingSemaphoresFailedTriesSayNoUnitWasFree() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "BoundedSemaphore#1",
              [("type", .string("BoundedSemaphore")), ("value", .int(1)), ("threading", .bool(true))])
        let one = s.add(2, pid: 100, process: "MainProcess", .lockBusy, object: "BoundedSemaphore#1", [("tries", .int(1))])
        let many = s.add(3, pid: 100, process: "MainProcess", .lockBusy, object: "BoundedSemaphore#1", [("tries", .int(9))])
        let d = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(d.describe(one), "acquire(blocking=False) on BoundedSemaphore#1 failed: no unit was free")
        XCTAssertEqual(d.describe(many), "9 more acquire(blocking=False) calls on BoundedSemaphore#1 failed: no unit was free")
        var t = DocsExamplesDescriberTests.mainProcess()
        t.add(1, pid: 100, process: "MainProcess", .lockCreate, object: "Lock#1", [("type", .string("Lock")), ("threading", .bool(true))])
        let taken = t.add(2, pid: 100, process: "MainProcess", .lockBusy, object: "Lock#1", [("tries", .int(1))])
        XCTAssertEqual(EventDescriber(timeline: t.timeline(), painter: painter).describe(taken), "acquire(blocking=False) on Lock#1 failed: it was taken")
    }

    /// r5b_lock_timeouts_spin: failed acquire(block=False) calls had no row.
    func testAFailedNonBlockingAcquireHasARow() {
        let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))
        var s = DocsExamplesDescriberTests.mainProcess()
        let one = s.add(1, pid: 100, process: "MainProcess", .lockBusy, object: "Lock#1", [("tries", .int(1))])
        let many = s.add(2, pid: 100, process: "MainProcess", .lockBusy, object: "Lock#1", [("tries", .int(1346))])
        let describer = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(describer.describe(one), "acquire(block=False) on Lock#1 failed: it was taken")
        XCTAssertEqual(describer.describe(many), "1346 more acquire(block=False) calls on Lock#1 failed: it was taken")
    }
}
