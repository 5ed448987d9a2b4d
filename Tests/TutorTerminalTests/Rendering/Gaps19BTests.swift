import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 19B: what rounds 18 and 18E saw on the Swift side and did not fix (docs/truth-review.md), on committed runs.
final class Gaps19BTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)
    private let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    /// r18_philosophers_backoff_watchdog: the three greedy philosophers waited in acquire() until the parent's
    /// terminate() ended them. The summary said "waits that never ended: greedy-1 in acquire() on Lock#6 since 1.472 s;
    /// …" and "1 wait(s) never ended": the waits ended, with their processes, by SIGTERM.
    func testAWaitItsProcesssSignalEndedIsSaidCutNotNeverEnded() throws {
        let timeline = try Gaps16BTests.corpus("r18_philosophers_backoff_watchdog--fork")
        let text = SummaryRenderer(timeline: timeline, capabilities: caps).render()
        XCTAssertFalse(text.contains("never ended"), text)
        XCTAssertTrue(text.contains("waits cut by the end of their process: greedy-1 in acquire() on Lock#6 since 1.472 s, until its process "
                                    + "was ended by SIGTERM (seen ended at 3.3"), text)
        XCTAssertTrue(text.contains("Lock#4 (Lock): 1 acquisition, 0 had to wait, 1 wait cut by the end of their process (greedy-2 1.482 s, "
                                    + "ended by SIGTERM at 3.3"), text)
        let zh = Language.with(.zh) { SummaryRenderer(timeline: timeline, capabilities: caps).render() }
        XCTAssertFalse(zh.contains("一直没有结束"), zh)
        XCTAssertTrue(zh.contains("因所在进程结束而中断的等待：greedy-1 在 Lock#6 上的 acquire()，从 1.472 s 起，直到它的进程被 SIGTERM 结束"), zh)
        // the watchdog's SIGTERM cuts the hang's wait the same way; the hang report still says what it waited for
        let hang = SummaryRenderer(timeline: try Gaps16BTests.corpus("r18_joinable_worker_raises_hang--fork"), capabilities: caps).render()
        XCTAssertTrue(hang.contains("waits cut by the end of their process: MainProcess in join() on JoinableQueue#1 since 1.777 s, until its "
                                    + "process was ended by SIGTERM (seen ended at 8.013 s)"), hang)
    }

    /// r18e_lock_owner_mistakes: taker acquired Lock#1 and MainProcess released it; the row said only "released Lock#1".
    /// A multiprocessing Lock has no owner (any process may release it); an RLock has one (the parent's release of
    /// RLock#2 raised AssertionError, its row says so).
    func testAReleaseOfALockAnotherProcessAcquiredSaysALockHasNoOwner() throws {
        let timeline = try Gaps16BTests.corpus("r18e_lock_owner_mistakes--fork")
        let describer = EventDescriber(timeline: timeline, painter: painter)
        let releases = timeline.events.indices.filter { timeline.events[$0].is(.lockRelease) }
        let rows = releases.map { describer.describe($0) }
        let byParent = try XCTUnwrap(releases.firstIndex { timeline.events[$0].process == "MainProcess" && timeline.events[$0].object == "Lock#1" })
        XCTAssertEqual(rows[byParent], "released Lock#1, which taker had acquired at 1.256 s: a Lock has no owner, so any process may release "
                       + "it, not only the one that acquired it (an RLock may not: only the thread that acquired it can release it)")
        XCTAssertEqual(rows.filter { $0.contains("has no owner") }.count, 1, "\(rows)")
        let zh = Language.with(.zh) { EventDescriber(timeline: timeline, painter: painter).describe(releases[byParent]) }
        XCTAssertTrue(zh.hasPrefix("释放 Lock#1，它是 taker 在 1.256 s 获取的：Lock 没有所有者"), zh)
    }

    /// r18e_pool_deep_result: ForkPoolWorker-2 finished task 1 (a 5000-deep list), then died pickling its result (exit
    /// code 1); the parent's get(timeout=3) raised TimeoutError with no note tying it to that worker, and the summary
    /// said "4 of 4 tasks ran" and nothing lost.
    func testAGetThatGaveUpOnAResultItsWorkerDiedBeforeSendingIsTiedToThatWorker() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r18e_pool_deep_result--\(method)")
            let note = try XCTUnwrap(Gaps16BTests.notes(timeline).first { $0.kind == .lostTaskTimeout }, method)
            XCTAssertTrue(timeline.events[note.eventIndex].is(.poolGet), method)
            XCTAssertTrue(note.text.contains("get() gave up on task 1 after 3.0"), note.text)
            XCTAssertTrue(note.text.range(of: #"PoolWorker-\d of Pool#1 finished task 1, then ended \(exitcode 1\) before its result reached the parent"#,
                                          options: .regularExpression) != nil, note.text)
            let premise = try XCTUnwrap(note.premise)
            XCTAssertTrue(premise.holds(in: StateReplayer(timeline: timeline)), "the note's premise holds (\(method))")
            let text = SummaryRenderer(timeline: timeline, capabilities: caps).render()
            XCTAssertTrue(text.contains("4 of 4 tasks ran · 1 result lost: the worker finished the task, then ended before the result "
                                        + "reached the parent (task 1)"), text)
        }
    }

    /// r18_bank_value_lost_updates: untraced, round 18's runs lost no deposit; traced, hundreds. The note's figures are
    /// true of the traced run; it now also says, as a fact of tracing in general, that the tracer's own time per access
    /// widens the window, so an untraced run may lose fewer: nothing about this run the record does not show.
    func testALostUpdateNoteSaysTracingWidensTheWindowInGeneral() throws {
        let timeline = try Gaps16BTests.corpus("r18_bank_value_lost_updates--fork")
        let note = try XCTUnwrap(Gaps16BTests.notes(timeline).first { $0.kind == .lostUpdate })
        XCTAssertTrue(note.text.hasSuffix(" In general, tracing adds time to every access it records, which widens the window between a read and "
                                          + "the write after it: the same program run without mp-tutor may lose fewer updates, or none in a given "
                                          + "run. The race is there either way; only a lock held around both steps removes it."), note.text)
        let zh = try Language.with(.zh) { try XCTUnwrap(Gaps16BTests.notes(timeline).first { $0.kind == .lostUpdate }?.text) }
        XCTAssertTrue(zh.contains("一般来说，追踪器记录每次访问都要花时间"), zh)
    }
}
