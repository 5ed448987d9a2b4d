import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 29B: `shutdown(cancel_futures=True)` under fork. Its row said only "shutdown(wait=True) returned": a learner
/// could not tell cancel_futures was asked for, nor that it cancelled nothing when every item was already handed out
/// (r28f_map_timeout_cancel_rest--fork). The cancels themselves come under every start method (one row each).
final class ShutdownCancelIntegrationTests: XCTestCase {
    func testCancelFuturesRowsUnderFork() throws {
        let run = try CorpusTrace.run("g29b_shutdown_cancel_futures.py", method: "fork", timeout: "40", width: 400)
        let cancels = run.transcript.events.filter { $0.is(.futureCancel) && $0.string(EventField.call) == "shutdown()" }
        XCTAssertEqual(cancels.count, 7, run.screen)
        XCTAssertTrue(run.screen.contains("ProcessPoolExecutor#1.shutdown(wait=True, cancel_futures=True) returned after "), run.screen)
        XCTAssertTrue(run.screen.contains("; it cancelled 7 work item(s) not yet handed to a worker"), run.screen)
        XCTAssertTrue(run.screen.contains("ProcessPoolExecutor#2.shutdown(wait=True, cancel_futures=True) returned after "), run.screen)
        XCTAssertTrue(run.screen.contains("; it cancelled nothing: the record has no work item it cancelled"), run.screen)
    }
}
