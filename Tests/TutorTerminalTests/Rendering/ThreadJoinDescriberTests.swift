import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The program's own `Thread.join()` of a threading.Thread (gaps 10A: r9a_pool_in_thread's heartbeat `join(0.1)` left no
/// row and no wait): a timed join that gave up says the thread is still alive; every join is a closed wait.
final class ThreadJoinDescriberTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    private func script() -> EventScript {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .threadJoinWait, [("name", .string("pool-thread")), ("timeout", .double(0.1))])
        s.add(1.1, pid: 100, process: "MainProcess", .threadJoin,
              [("name", .string("pool-thread")), ("waited_ns", .int(100_000_000)), ("timeout", .double(0.1)), ("timed_out", .bool(true))])
        s.add(1.2, pid: 100, process: "MainProcess", .threadJoinWait, [("name", .string("pool-thread")), ("timeout", .null)])
        s.add(1.5, pid: 100, process: "MainProcess", .threadJoin,
              [("name", .string("pool-thread")), ("waited_ns", .int(300_000_000)), ("timeout", .null), ("timed_out", .bool(false))])
        s.add(2, pid: 100, process: "MainProcess", .threadJoinWait, [("name", .string("stuck")), ("timeout", .null)])
        return s
    }

    func testATimedJoinThatGaveUpSaysTheThreadIsStillAlive() {
        let timeline = script().timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(timeline.events.indices.dropFirst().map(describer.describe), [
            "waits in join() of thread pool-thread (timeout 100 ms)",
            "join(timeout=0.1) of thread pool-thread gave up after 100 ms: the thread is still alive (join() returns None either way; only is_alive() tells)",
            "waits in join() of thread pool-thread",
            "join() of thread pool-thread returned after 300 ms: the thread has ended",
            "waits in join() of thread stuck",
        ])
    }

    func testEveryJoinIsAWaitAndOneNeverEndedIsUnfinished() {
        let timeline = script().timeline()
        let ledger = WaitLedger(timeline)
        XCTAssertEqual(ledger.waits.map(\.call), ["join()", "join()", "join()"])
        XCTAssertEqual(ledger.waits.map { $0.endIndex != nil }, [true, true, false])
        XCTAssertEqual(ledger.unfinished.map(\.target), ["thread stuck to end"])
        let blocked = StateReplayer(timeline: timeline).state(after: timeline.events.count - 1).blocked
        XCTAssertEqual(blocked.count, 1)
        let done = StateReplayer(timeline: timeline).state(after: 4).blocked
        XCTAssertTrue(done.isEmpty)
    }
}
