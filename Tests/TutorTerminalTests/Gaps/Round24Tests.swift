import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 24: the mistakes learners ask about, each on its committed recording.
final class Round24Tests: XCTestCase {
    let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    /// r24_imap_closure_threshold: imap_unordered() of a function nested in main(). The task handler could not pickle any
    /// chunk and set each one's result to the AttributeError; no worker ran one. The rows said each chunk was "sent to the
    /// workers' task queue" and that 4 results "had come back"; the summary said so too.
    func testAnImapWhoseChunksCouldNotBeSentSaysNoneWasSent() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("r24_imap_closure_threshold--\(method)")
            let given = Round22MTests.rows(timeline, .poolImapGiven)
            XCTAssertEqual(given, [
                "the task handler has read all of task 0's input: 5 items in 5 chunks; none reached the workers' task queue: "
                    + "sending each failed, and the task handler set each one's result to that exception",
                "the task handler has read all of task 1's input: 5 items in 5 chunks, each sent to the workers' task queue",
            ], method)
            let unread = Round22MTests.rows(timeline, .poolImapUnread)
            XCTAssertEqual(unread.first { $0.contains("task 0") }, "Pool#1 ends: task 0's imap() result held 4 unread errors that the task handler had set for "
                           + "chunks it could not send (no worker ran them), and the program never read them (it read nothing more from "
                           + "the imap() result after the pool's end)", method)
            let left = Round22MTests.rows(timeline, .poolImapLeft)
            XCTAssertEqual(left.count, 1, method)
            XCTAssertTrue(left[0].hasSuffix("so those 4 errors were never read"), left[0])
            for row in given + unread + left { XCTAssertFalse(row.contains("had come back") && row.contains("task 0"), row) }
            let summary = SummaryRenderer(timeline: timeline, capabilities: caps).render()
            XCTAssertTrue(summary.contains("0 started, 5 never started (5 could not be sent); when the pool ended, it held 4 errors the "
                                           + "task handler had set for chunks it could not send, and the program never read them"), summary)
            let zh = Round22MTests.rows(timeline, .poolImapGiven, lang: .zh)
            XCTAssertTrue(zh[0].contains("没有一块进入工作进程的任务队列"), zh[0])
            XCTAssertTrue(zh[1].contains("每块都已放入工作进程的任务队列"), zh[1])
            let zhSummary = Language.with(.zh) { SummaryRenderer(timeline: timeline, capabilities: caps).render() }
            XCTAssertTrue(zhSummary.contains("分成 5 块：0 块开始运行，5 块从未开始（其中 5 块发送失败）；池结束时，结果对象里有 4 个任务处理线程为发送失败的块设置的异常"), zhSummary)
        }
        // results that did come back from workers keep their words (gaps 14A's break out of an imap loop)
        let early = try Round22MTests.timeline("r9a_pool_generator_early_break--fork")
        let rows = Round22MTests.rows(early, .poolImapUnread) + Round22MTests.rows(early, .poolImapGiven)
        XCTAssertTrue(rows.contains { $0.contains("had come back") }, rows.joined(separator: "\n"))
        XCTAssertFalse(rows.contains { $0.contains("could not send") || $0.contains("none reached") }, rows.joined(separator: "\n"))
    }

    /// r24_results_queue_join_first: two children each put a 60 000-float list on one Queue; the parent joins them with
    /// a timeout before reading. One child's feeder writes into the full pipe; the other's waits for the queue's write
    /// lock and has written nothing. Both notes said "its feeder thread can write no more than the pipe holds"; the
    /// second now says it waited for the write lock (and, under fork, names the writer).
    func testAJoinTimeoutNoteSaysTheFeederWaitedForTheWriteLock() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("r24_results_queue_join_first--\(method)")
            let notes = Annotator(timeline: timeline).notes().filter { $0.kind == .joinGaveUpChildBlocked }.map(\.text)
            XCTAssertEqual(notes.count, 2, notes.joined(separator: "\n"))
            let wlock = notes.filter { $0.contains("had been waiting for the queue's write lock, which another process held") }
            let writer = notes.filter { $0.contains("its feeder thread can write no more than the pipe holds") }
            XCTAssertEqual(wlock.count, 1, method + "\n" + notes.joined(separator: "\n"))
            XCTAssertEqual(writer.count, 1, method + "\n" + notes.joined(separator: "\n"))
            let waited = try XCTUnwrap(wlock.first, method)
            XCTAssertFalse(waited.contains("can write no more"), waited)
            if method == "fork" {
                XCTAssertTrue(waited.contains("(at that point worker-1's feeder thread was writing an item into the pipe)"), waited)
            }
            let zh = Language.with(.zh) { Annotator(timeline: timeline).notes().filter { $0.kind == .joinGaveUpChildBlocked }.map(\.text) }
            XCTAssertEqual(zh.filter { $0.contains("一直在等队列的写锁") }.count, 1, zh.joined(separator: "\n"))
        }
    }

    /// r24_results_queue_join_first (step panel): at each join(timeout) that gave up, the two children with big items were
    /// blocked at exit joining their queue's feeder thread; the panel listed them as "running".
    func testTheStepPanelSaysAChildWaitsAtExitForItsFeeder() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("r24_results_queue_join_first--\(method)")
            let gaveUp = try XCTUnwrap(timeline.indices(of: .processJoin).last { timeline.events[$0].bool(EventField.timedOut) == true })
            let rows = Gaps23Tests.panel(timeline, after: gaveUp)
            for name in ["worker-1", "worker-2"] {
                let row = try XCTUnwrap(rows.first { $0.contains(name + " ") }, rows.joined(separator: "\n"))
                XCTAssertTrue(row.contains("exiting: waiting since ") && row.hasSuffix("for Queue#1's feeder thread to write this "
                                                                                       + "process's items into the pipe"), row)
            }
            let zh = Language.with(.zh) { Gaps23Tests.panel(timeline, after: gaveUp) }
            XCTAssertEqual(zh.filter { $0.contains("正在退出：从 ") }.count, rows.filter { $0.contains("exiting: waiting since ") }.count, method)
            // after the queue was drained each ended
            let last = Gaps23Tests.panel(timeline, after: timeline.events.count - 1)
            XCTAssertFalse(last.contains { $0.contains("exiting: waiting") }, last.joined(separator: "\n"))
        }
    }

    /// Tests/Fixtures/round24-imap-one-unpicklable.jsonl (its program beside it, traced under fork): `imap(show, [1, 2,
    /// lambda: 0, 4, 5])` read once, then the pool's with-block ends. One chunk could not be sent; three came back
    /// from workers. Which unread entries are which the rows cannot tell, so they say "up to 1".
    func testAnImapWithOneUnsendableItemCountsItApart() throws {
        let timeline = TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/Tests/Fixtures/round24-imap-one-unpicklable.jsonl"))
        XCTAssertEqual(Round22MTests.rows(timeline, .poolImapGiven), ["the task handler has read all of task 0's input: 5 items in 5 "
            + "chunks; 4 sent to the workers' task queue, 1 could not be sent (the task handler set each of those results to the exception)"])
        let among = " (of these, up to 1 are errors the task handler set for chunks it could not send: no worker ran those)"
        let unread = Round22MTests.rows(timeline, .poolImapUnread), left = Round22MTests.rows(timeline, .poolImapLeft)
        XCTAssertEqual(unread.count, 1)
        XCTAssertEqual(left.count, 1)
        XCTAssertTrue(unread[0].hasPrefix("Pool#1 ends: 4 results of task 0 had come back") && unread[0].hasSuffix(among), unread[0])
        XCTAssertTrue(left[0].hasSuffix("were never read" + among), left[0])
        let summary = SummaryRenderer(timeline: timeline, capabilities: caps).render()
        XCTAssertTrue(summary.replacingOccurrences(of: "\n      ", with: " ").contains("4 started, 1 never started (1 could not be sent); when the pool ended, "
                                                                                  + "4 results had come back, and the program never read them" + among), summary)
    }
}
