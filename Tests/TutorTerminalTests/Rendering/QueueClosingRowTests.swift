import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A Queue's close(), join_thread() and a put after close() have rows.
final class QueueClosingRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    func testAQueuesCloseJoinThreadAndAPutAfterCloseHaveRows() {
        var s = DocsExamplesDescriberTests.mainProcess()
        let close = s.add(1, pid: 100, process: "MainProcess", .queueClose, object: "Queue#1", [("feeder", .bool(true))])
        let join = s.add(2, pid: 100, process: "MainProcess", .queueJoinThread, object: "Queue#1", [("feeder", .bool(true)), ("waited_ns", .int(310_000_000))])
        let late = s.add(3, pid: 100, process: "MainProcess", .queueError, object: "Queue#1",
                         [("op", .string("put")), ("error", .string("ValueError: Queue <…> is closed"))])
        let none = s.add(4, pid: 100, process: "MainProcess", .queueJoinThread, object: "Queue#2", [("feeder", .bool(false)), ("waited_ns", .int(3000))])
        let cancel = s.add(5, pid: 100, process: "MainProcess", .queueCancelJoin, object: "Queue#3")
        let exe = s.add(6, pid: 100, process: "MainProcess", .processSetting, [("call", .string("set_executable()")), ("value", .string("'/usr/bin/python3'"))])
        let pre = s.add(7, pid: 100, process: "MainProcess", .processSetting, [("call", .string("set_forkserver_preload()")), ("value", .string("['json']"))])
        let d = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(d.describe(close), "Queue#1.close(): this process can no longer put or get on it; its feeder thread writes what was put, then ends")
        XCTAssertEqual(d.describe(join), "Queue#1.join_thread() returned after 310 ms: its feeder thread has ended")
        XCTAssertEqual(d.describe(late), "put() on Queue#1 raised ValueError: the queue was closed")
        XCTAssertEqual(d.describe(none), "Queue#2.join_thread() returned: there was no feeder thread to join (nothing was put)")
        XCTAssertTrue(d.describe(cancel).hasPrefix("Queue#3.cancel_join_thread(): this process will not wait at exit for its feeder thread"))
        XCTAssertTrue(d.describe(exe).hasPrefix("set_executable('/usr/bin/python3'): the spawn and forkserver start methods"))
        XCTAssertTrue(d.describe(pre).hasPrefix("set_forkserver_preload(['json']): the forkserver imports these modules"))
    }
}
