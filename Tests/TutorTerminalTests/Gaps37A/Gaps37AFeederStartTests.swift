import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 37A, item 5 (round 36T's Left list): r36t_queue_logging_listener (fork): each logger's first put() on Queue#1 took
/// 29–73 ms ("the call took 73 ms"), and the record holds that process's `thread.start` QueueFeederThread, on the same
/// thread, inside the put's span: the first put() of a process on a queue starts the queue's feeder thread. The put row
/// now says so; the puts after it (a few µs) and a put with no feeder start inside it do not.
final class Gaps37AFeederStartTests: XCTestCase {
    func testAPutThatStartedItsProcesssFeederThreadSaysSo() throws {
        let timeline = try Gaps16BTests.corpus("r36t_queue_logging_listener--fork")
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        let events = timeline.events
        var said = 0, notSaid = 0
        for i in timeline.indices(of: .queuePut) {
            let e = events[i]
            let begin = e.t - (e.waitedNs ?? 0)
            // only a put whose row says how long it took (1 ms or more) says why
            let inside = (e.waitedNs ?? 0) >= 1_000_000 && events.contains { $0.is(.threadStart) && $0.pid == e.pid && $0.thread == e.thread
                && $0.name == "QueueFeederThread" && $0.t >= begin && $0.t <= e.t }
            let row = describer.describe(i)
            if inside {
                XCTAssertTrue(row.contains("it started the queue's feeder thread in this process"), row)
                XCTAssertEqual(Language.with(.zh) { describer.describe(i) }.contains("这次 put() 在本进程启动了这个队列的 feeder 线程"), true)
                said += 1
            } else {
                XCTAssertFalse(row.contains("feeder thread"), row)
                notSaid += 1
            }
        }
        XCTAssertGreaterThanOrEqual(said, 3, "each logger's first put")
        XCTAssertGreaterThan(notSaid, 0)
    }
}
