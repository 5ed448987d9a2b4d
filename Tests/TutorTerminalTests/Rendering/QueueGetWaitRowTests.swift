import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A get() waiting for an item of a putter that has ended says it will not come.
final class QueueGetWaitRowTests: XCTestCase {
    /// r5b_queue_close_cancel_join: the child put 1000 items, called cancel_join_thread() and ended; the parent's
    /// get waited "(a put() has begun, but its item has not reached the pipe yet: the putter's feeder thread writes
    /// it)". The putter had ended: its feeder thread with it, and what it had not written was lost (991 items).
    func testAGetWaitingForAnItemOfAPutterThatHasEndedSaysItWillNotCome() {
        let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 202, process: "Process-2", .queuePut, object: "Queue#2", [("item", .string("b'yy'")), ("depth", .int(1))])
        s.add(2, pid: 202, process: "Process-2", .processExit, [("exitcode", .int(0))])
        let ended = s.add(3, pid: 100, process: "MainProcess", .queueWait, object: "Queue#2", [("op", .string("get")), ("in_flight", .bool(true))])
        // a putter still alive: the feeder thread may still write it
        s.add(4, pid: 203, process: "Process-3", .queuePut, object: "Queue#3", [("item", .string("1")), ("depth", .int(1))])
        let alive = s.add(5, pid: 100, process: "MainProcess", .queueWait, object: "Queue#3", [("op", .string("get")), ("in_flight", .bool(true))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(ended), "waits to get from Queue#2 (items were put, but every process that put them, Process-2, "
            + "had ended: what its feeder thread had not yet written to the pipe was lost with it)")
        XCTAssertEqual(describer.describe(alive), "waits to get from Queue#3 (a put() has begun, but its item has not reached the pipe yet: "
            + "the putter's feeder thread writes it)")
    }
}
