import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A get that found its item already in the pipe (no `queue.wait` before it) but took 35 ms on a loaded machine was
/// "got (0, …) from Queue#1 after 35 ms" and counted as waiting on the queue: it never blocked.
final class QueueGetWithoutWaitTests: XCTestCase {
    private func script() -> (EventScript, plain: Int, waited: Int) {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(5, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1", [("maxsize", .int(0))])
        s.add(10, pid: 201, ppid: 100, process: "Process-1", .queuePut, object: "Queue#1", [("item", .string("1")), ("waited_ns", .int(10_000))])
        let plain = s.add(50, pid: 100, process: "MainProcess", .queueGet, object: "Queue#1", [("item", .string("1")), ("waited_ns", .int(35_000_000))])
        s.add(51, pid: 100, process: "MainProcess", .queueWait, object: "Queue#1", [("op", .string("get"))])
        s.add(60, pid: 202, ppid: 100, process: "Process-2", .queuePut, object: "Queue#1", [("item", .string("2")), ("waited_ns", .int(10_000))])
        let waited = s.add(71, pid: 100, process: "MainProcess", .queueGet, object: "Queue#1", [("item", .string("2")), ("waited_ns", .int(20_000_000))])
        s.add(100, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        return (s, plain, waited)
    }

    func testAGetThatDidNotWaitSaysHowLongTheCallTookAndIsNotCountedAsWaiting() {
        let (s, plain, waited) = script()
        let timeline = s.timeline(run: RunFacts())
        let caps = TerminalCapabilities(color: false, unicode: true, width: 160, isInteractive: false)
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: caps))
        XCTAssertEqual(describer.describe(plain), "got 1 from Queue#1 (the call took 35 ms)")
        XCTAssertEqual(describer.describe(waited), "got 2 from Queue#1 after 20 ms")
        guard let main = ProcessTimeAnalysis(timeline).processes.first(where: { $0.pid == 100 }) else { return XCTFail("no main") }
        XCTAssertEqual(main.waits.first { $0.reason == "queue" }?.ns, 20_000_000, "only the get that followed its wait waited")
    }
}
