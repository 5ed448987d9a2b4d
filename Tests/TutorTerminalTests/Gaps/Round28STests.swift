import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 28S: programs that fail, crash and hang; each on its committed recording.
final class Round28STests: XCTestCase {
    /// r28s_report_with_file_handle: the first report (a dict holding an open file) was dropped by the feeder before
    /// the second put; the summary said "at most 2 items waiting" and the exports' depth counter stayed 1 after the
    /// only get. A dropped item leaves the queue, as the state panel already had it.
    func testAnItemTheFeederDroppedLeavesTheQueuesDepth() throws {
        // fork and spawn: the drop came before the second put; forkserver: after it (both were in the queue then)
        for (method, most, depths) in [("fork", 1, [1, 0, 1, 0]), ("spawn", 1, [1, 0, 1, 0]), ("forkserver", 2, [1, 2, 1, 0])] {
            let timeline = try Gaps16BTests.corpus("r28s_report_with_file_handle--\(method)")
            let q = try XCTUnwrap(QueueAnalysis(timeline).queues.first { $0.label == "Queue#1" }, method)
            XCTAssertEqual([q.puts, q.gets, q.maxDepth], [2, 1, most], method)
            XCTAssertEqual(QueueAnalysis.depthChanges(timeline).filter { $0.label == "Queue#1" }.map(\.depth), depths, method)
            let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)
            let summary = Language.with(.en) { SummaryRenderer(timeline: timeline, capabilities: caps).render() }
            XCTAssertTrue(summary.contains("Queue#1: 2 puts, 1 get, at most \(most) item\(most == 1 ? "" : "s") waiting"), "\(method): \(summary)")
        }
    }
}
