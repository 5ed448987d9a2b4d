import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 24C: leftovers of gaps 24A, gaps 24B and round 24F, each on a committed recording.
final class Gaps24CTests: XCTestCase {
    let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    static func transcript(_ name: String) throws -> Transcript {
        try TranscriptReader.read(path: BinaryHarness.repoRoot + "/corpus/transcripts/\(name).jsonl")
    }

    /// g24b_imap_loop_worker_dies: the summary's cut wait read "MainProcess in next() on Pool#1 since …", a next() the
    /// program never wrote (its for loop over imap_unordered() did). It now says the loop, in English and Chinese.
    func testASummarysCutWaitInALoopOverAnImapResultSaysTheLoop() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = TimelineBuilder.build(try Self.transcript("g24b_imap_loop_worker_dies--\(method)"))
            let summary = SummaryRenderer(timeline: timeline, capabilities: caps).render()
            XCTAssertTrue(summary.contains("waits cut by the end of their process: MainProcess in the iteration over the "
                                           + "imap_unordered() result on Pool#1 since "), "\(method): \(summary)")
            XCTAssertFalse(summary.contains("in next() on Pool#1"), "\(method): \(summary)")
            let zh = Language.with(.zh) { SummaryRenderer(timeline: timeline, capabilities: caps).render() }
            XCTAssertTrue(zh.contains("MainProcess 遍历 Pool#1 的 imap_unordered() 结果，从 "), "\(method): \(zh)")
            XCTAssertFalse(zh.contains("上的 next()"), "\(method): \(zh)")
        }
    }

    /// The same recording cut just after the loop's last wait began (no end of MainProcess in the record): the wait is
    /// unfinished, not cut, and is said as the loop too.
    func testAnUnfinishedWaitInALoopOverAnImapResultSaysTheLoop() throws {
        var transcript = try Self.transcript("g24b_imap_loop_worker_dies--fork")
        let last = try XCTUnwrap(transcript.events.lastIndex { $0.is(.poolWait) && $0.process == "MainProcess" })
        transcript.events = Array(transcript.events[...last])
        transcript.trailer = nil
        let timeline = TimelineBuilder.build(transcript)
        let summary = SummaryRenderer(timeline: timeline, capabilities: caps).render()
        XCTAssertTrue(summary.contains("MainProcess in the iteration over the imap_unordered() result on Pool#1 since "), summary)
        XCTAssertFalse(summary.contains("next()"), summary)
        let zh = Language.with(.zh) { SummaryRenderer(timeline: timeline, capabilities: caps).render() }
        XCTAssertTrue(zh.contains("MainProcess 遍历 Pool#1 的 imap_unordered() 结果，从 "), zh)
        XCTAssertFalse(zh.contains("next()"), zh)
    }

    /// g24c_simplequeue_put_wlock: a thread's put() of 1 MB holds the SimpleQueue's write lock while nobody reads; the
    /// main thread's put() waits for that lock. The tracer did not see it (no row between the put's start and its end);
    /// its new `queue.wlock.wait` (by "put") is a put's row, not the feeder's words of gaps 22B (a SimpleQueue has no
    /// feeder), and the blocked call names put() and the lock, not "(full)".
    func testASimpleQueuePutWaitingForTheWriteLockIsItsOwnRow() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = TimelineBuilder.build(try Self.transcript("g24c_simplequeue_put_wlock--\(method)"))
            let wait = try XCTUnwrap(timeline.indices(of: .queueWlockWait).first, method)
            XCTAssertEqual(timeline.events[wait].thread, "MainThread", method)
            let rows = Round22MTests.rows(timeline, .queueWlockWait) + Round22MTests.rows(timeline, .queueWlockWaited)
            XCTAssertEqual(rows.count, 2, "\(method): \(rows)")
            XCTAssertTrue(rows[0].hasPrefix("put() on SimpleQueue#1 waits for the queue's write lock, which another thread or process holds"), rows[0])
            XCTAssertTrue(rows[1].hasPrefix("put() on SimpleQueue#1: the queue's write lock was free again"), rows[1])
            for row in rows { XCTAssertFalse(row.contains("feeder"), row) }
            let zh = Round22MTests.rows(timeline, .queueWlockWait, lang: .zh)
            XCTAssertTrue(zh[0].hasPrefix("对 SimpleQueue#1 的 put() 在等队列的写锁"), zh[0])
            let replayer = StateReplayer(timeline: timeline)
            let blocked = replayer.state(after: wait).blocked.filter { $0.pid == timeline.events[wait].pid && $0.thread == "MainThread" }
            XCTAssertEqual(blocked.map(\.what), ["waits in put() for SimpleQueue#1's write lock, which another thread or process holds"], method)
            let waited = try XCTUnwrap(timeline.indices(of: .queueWlockWaited).first, method)
            XCTAssertTrue(replayer.state(after: waited).blocked.filter { $0.thread == "MainThread" }.isEmpty, method)
        }
    }
}
