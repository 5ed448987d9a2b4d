import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Rows that were false or silent in round 4 of the truth review (corpus/r4_*.py; docs/truth-review.md).
final class BarrierAndInFlightRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    /// r4_barrier_broken: "Barrier#1 broken after 314 ms" for the wait(timeout=0.3) that broke it, the same words as
    /// for the wait it broke; and nothing at all for the abort() that broke Barrier#2.
    func testTheWaitWhoseTimeoutBrokeABarrierAndAnAbortAreSaidAsTheyWere() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 101, process: "Process-1", .barrierWait, object: "Barrier#1", [("parties", .int(3))])
        s.add(2, pid: 102, process: "Process-2", .barrierWait, object: "Barrier#1", [("parties", .int(3))])
        s.add(302, pid: 102, process: "Process-2", .barrierWake, object: "Barrier#1",
              [("waited_ns", .int(300_000_000)), ("index", .null), ("last", .bool(false)), ("broken", .bool(true)), ("timed_out", .bool(true))])
        s.add(303, pid: 101, process: "Process-1", .barrierWake, object: "Barrier#1",
              [("waited_ns", .int(302_000_000)), ("index", .null), ("last", .bool(false)), ("broken", .bool(true))])
        s.add(400, pid: 100, process: "MainProcess", .barrierAbort, object: "Barrier#2")
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(timeline.events.indices.dropFirst(3).map(describer.describe), [
            "wait(timeout) at Barrier#1 ran out after 300 ms: it broke Barrier#1, so this and every other wait there raise BrokenBarrierError",
            "Barrier#1 broken after 302 ms",
            "abort() on Barrier#2: it breaks Barrier#2, so every wait there, now or later, raises BrokenBarrierError",
        ])
        XCTAssertTrue(WaitLedger(timeline).unfinished.isEmpty)
    }

    /// r4_context_mixed (fork): "got ('fork', 'Process-2') from Queue#1 after 12 ms" with no wait before it: the child had
    /// put the item, but its feeder thread had not written it to the pipe; the get waited for that thread.
    func testAGetWaitingForAnItemStillInTheFeederSaysSo() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .queueWait, object: "Queue#1", [("op", .string("get")), ("in_flight", .bool(true))])
        s.add(13, pid: 100, process: "MainProcess", .queueGet, object: "Queue#1", [("item", .string("1")), ("waited_ns", .int(12_000_000))])
        s.add(14, pid: 100, process: "MainProcess", .queueWait, object: "Queue#1", [("op", .string("get"))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(1),
                       "waits to get from Queue#1 (a put() has begun, but its item has not reached the pipe yet: the putter's feeder thread writes it)")
        XCTAssertEqual(describer.describe(3), "waits to get from Queue#1 (empty)")
        XCTAssertEqual(WaitLedger(timeline).waits.map(\.endIndex), [2, nil])
    }
}
