import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Failed non-blocking acquires are shown, and a waiter is never its own holder, run live.
final class NonBlockingAcquireIntegrationTests: XCTestCase {
    private func trace(_ program: String, method: String, timeout: String, status: Int32 = 0,
                       then: (String) throws -> Void = { _ in }) throws -> (screen: String, transcript: Transcript) {
        let (screen, transcript) = try CorpusTrace.run(program, method: method, timeout: timeout, status: status, width: 200, then: then)
        return (screen.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    /// r5b_lock_timeouts_spin: a child spun on acquire(block=False); no failed try had a row and the summary counted none.
    /// r5b_condition_notify_n: "MainProcess waited 2 ms for Semaphore#1, held by MainProcess" (the waiter itself).
    func testFailedNonBlockingAcquiresAreShownAndTheWaiterIsNeverItsOwnHolder() throws {
        let (screen, transcript) = try trace("r5b_lock_timeouts_spin.py", method: "spawn", timeout: "20")
        XCTAssertTrue(screen.contains("acquire(block=False) on Lock#1 failed: it was taken"), screen)
        let tries = transcript.events.filter { $0.is(.lockBusy) }.reduce(Int64(0)) { $0 + ($1.int("tries") ?? 0) }
        XCTAssertGreaterThan(tries, 5, "the program says it tried more than 5 times")
        XCTAssertTrue(screen.contains("1 timed acquire gave up, \(tries) acquire(block=False) call\(tries == 1 ? "" : "s") failed (it was taken)"), screen)
        let (notify, _) = try trace("r5b_condition_notify_n.py", method: "fork", timeout: "20")
        // the waiter never named as the holder; another process may well wait for a lock MainProcess holds
        // ("Process-2 waited 3 ms for RLock#1, held by MainProcess." is true when the race goes that way)
        XCTAssertNil(notify.range(of: #"MainProcess waited [^\n]*held by MainProcess"#, options: .regularExpression), notify)
    }
}
