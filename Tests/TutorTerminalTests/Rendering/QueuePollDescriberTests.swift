import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// r7a_queue_empty_polling: the consumer's loop turned on q.empty() and q.qsize(), which had no row.
final class QueuePollDescriberTests: XCTestCase {
    func testAQueuesEmptyAndQsizeHaveRowsWithTheirAnswerAndThatItMayBeStale() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue")), ("maxsize", .int(0))])
        let size = s.add(2, pid: 100, process: "MainProcess", .queuePoll, object: "Queue#1",
                         [("call", .string("qsize()")), ("result", .int(2))])
        let empty = s.add(3, pid: 100, process: "MainProcess", .queuePoll, object: "Queue#1",
                          [("call", .string("empty()")), ("result", .bool(true))])
        let notEmpty = s.add(4, pid: 100, process: "MainProcess", .queuePoll, object: "Queue#1",
                             [("call", .string("empty()")), ("result", .bool(false))])
        let describer = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        XCTAssertEqual(describer.describe(size), "Queue#1.qsize() → 2 (true when asked, maybe stale at once: another process may put "
                       + "or get at any moment)")
        XCTAssertEqual(describer.describe(empty), "Queue#1.empty() → True (true when asked, maybe stale at once: another process may "
                       + "put or get at any moment) (empty() looks only at the pipe: an item a put() has handed to its feeder thread "
                       + "but not yet written counts as not there)")
        XCTAssertFalse(describer.describe(notEmpty).contains("feeder"))
    }
}
