import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 22B: a Queue's feeder thread waiting for the queue's shared write lock (`queue.wlock.wait`).
final class Gaps22BTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)

    /// g22b_killed_writer_queue_hang: a child killed while its feeder wrote a big item holds Queue#1's write lock for ever;
    /// the parent's feeder waits for it and the parent's exit joins that feeder. Before, nothing recorded the feeder's wait:
    /// the hang was said to be a full pipe that no running process could read.
    func testAFeederWaitingForAWriteLockLeftByAKilledProcessNamesIt() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = TimelineBuilder.build(try TranscriptReader.read(
                path: BinaryHarness.repoRoot + "/corpus/transcripts/g22b_killed_writer_queue_hang--\(method).jsonl"))
            let describer = EventDescriber(timeline: timeline, painter: painter)
            let rows = timeline.events.indices.filter { timeline.events[$0].is(.queueWlockWait) }.map { describer.describe($0) }
            XCTAssertEqual(rows, ["Queue#1's feeder thread waits for the queue's write lock, which another process holds (every process's "
                                  + "feeder takes it, shared by every process using Queue#1, to write each item, and releases it after)"], method)
            let reasons = HangExplainer(timeline: timeline).reasons().map(\.text)
            let why = try XCTUnwrap(reasons.first, method)
            XCTAssertTrue(why.hasPrefix("MainProcess/QueueFeederThread waits since "), why)
            XCTAssertTrue(why.contains("for Queue#1's write lock, so no item this process puts on Queue#1 reaches the pipe while it waits."), why)
            XCTAssertTrue(why.contains("these were ended by a signal: writer (last put at "), why)
            XCTAssertTrue(why.contains(", ended by SIGKILL, kill() at "), why)
            XCTAssertFalse(reasons.joined().contains("the pipe is full"), "\(reasons)")
            let zh = Language.with(.zh) { HangExplainer(timeline: timeline).reasons().map(\.text).first ?? "" }
            XCTAssertTrue(zh.contains("Queue#1 的写锁") && zh.contains("被 SIGKILL 结束"), zh)
        }
    }

    /// A feeder that waited and got the lock: its row says so, and the wait ends (no hang reason); a wait with no signalled
    /// putter says the record does not show the holder.
    func testAWaitThatEndedAndOneWithoutAKnownHolder() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(10, pid: 100, process: "MainProcess", .queueCreate, object: "Queue#1", [("type", .string("Queue")), ("maxsize", .int(0))])
        s.add(12, pid: 100, process: "MainProcess", .queuePut, object: "Queue#1", [("item", .string("'hello'"))])
        let wait = s.add(13, pid: 100, process: "MainProcess", thread: "QueueFeederThread", .queueWlockWait, object: "Queue#1",
                         [("by", .string("feeder"))])
        let timeline = s.timeline()
        let reasons = HangExplainer(timeline: timeline).reasons().map(\.text)
        XCTAssertEqual(reasons.count, 1, "\(reasons)")
        XCTAssertTrue(reasons[0].hasSuffix("the record does not show which process holds it."), reasons[0])
        let waited = s.add(40, pid: 100, process: "MainProcess", thread: "QueueFeederThread", .queueWlockWaited, object: "Queue#1",
                           [("waited_ns", .int(27_000_000))])
        let ended = s.timeline()
        XCTAssertEqual(HangExplainer(timeline: ended).reasons().map(\.text), [])
        let d = EventDescriber(timeline: ended, painter: painter)
        XCTAssertTrue(d.describe(waited).hasPrefix("Queue#1's feeder thread got the queue's write lock"), d.describe(waited))
        XCTAssertTrue(d.describe(wait).hasPrefix("Queue#1's feeder thread waits for the queue's write lock"), d.describe(wait))
    }
}
