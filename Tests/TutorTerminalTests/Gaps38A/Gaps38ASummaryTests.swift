import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 38A (round 37Z's leftovers): the summary had no line for a Barrier (r37z_barrier_timeout_broken: 3 parties, 3
/// timed waits, broken by fast's timeout), a JoinableQueue's line no task_done() count (r37z_joinable_missing_task_done:
/// "6 puts, 6 gets", the note says 5 marked done), and the pool's "each:" read "每个：" in Chinese.
final class Gaps38ASummaryTests: XCTestCase {
    private let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    private func summary(_ name: String, _ lang: Language = .en) throws -> String {
        let timeline = try Gaps16BTests.corpus(name)
        return Language.with(lang) { SummaryRenderer(timeline: timeline, capabilities: caps).render() }
    }

    func testABarrierHasASummaryLineOfItsWaitsAndWhoBrokeIt() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let en = try summary("r37z_barrier_timeout_broken--\(method)")
            let line = try XCTUnwrap(en.split(separator: "\n").first { $0.contains("Barrier#1") }, "\(method): \(en)")
            XCTAssertTrue(line.hasPrefix("  Barrier#1 (3 parties): 3 wait() calls · 0 passed · 3 raised BrokenBarrierError · 1 timed out (fast) · broken at "), String(line))
            XCTAssertTrue(line.hasSuffix(" by fast's timeout"), String(line))
            let zh = try summary("r37z_barrier_timeout_broken--\(method)", .zh)
            XCTAssertTrue(zh.contains("Barrier#1（3 方）：3 次 wait() 调用，0 次通过，3 次抛出 BrokenBarrierError，1 次超时（fast），"), zh)
            XCTAssertTrue(zh.contains("时因 fast 超时而被破坏"), zh)
        }
        // abort() and reset(), by whom, from the record
        let abort = try summary("r14_barrier_party_crashes_abort--fork")
        XCTAssertTrue(abort.contains("Barrier#1 (3 parties): 2 wait() calls · 0 passed · 2 raised BrokenBarrierError · abort() by MainProcess at "), abort)
        let reset = try summary("r18e_barrier_reset_waiters--fork")
        XCTAssertTrue(reset.contains(" · reset() by MainProcess at "), reset)
        XCTAssertFalse(reset.contains("broken at"), reset)
    }

    func testAJoinableQueueLineCountsItsTaskDoneCalls() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let en = try summary("r37z_joinable_missing_task_done--\(method)")
            XCTAssertTrue(en.contains("JoinableQueue#1: 6 puts, 6 gets, 5 task_done(), at most "), "\(method): \(en)")
            let zh = try summary("r37z_joinable_missing_task_done--\(method)", .zh)
            XCTAssertTrue(zh.contains("JoinableQueue#1：放入 6 次，取出 6 次，task_done() 5 次，最多"), "\(method): \(zh)")
        }
        // a plain Queue's line has no task_done() count
        let plain = try summary("r37z_queue_left_items_consumer_stops--fork")
        XCTAssertFalse(plain.contains("task_done()"), plain)
    }

    func testThePoolSummarysEachTaskListReadsAsChinese() throws {
        let zh = try summary("r37z_pool_worker_exits_map--fork", .zh)
        XCTAssertTrue(zh.contains("各任务：task"), zh)
        XCTAssertFalse(zh.contains("每个："), zh)
    }
}
