import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 38A (round 37Z's leftovers, issue 11): the built binary on round 37Z's committed recordings, in both languages:
/// English plurals of one, a Barrier's summary line, a JoinableQueue's task_done() count, the pool summary's "各任务".
final class Gaps38AScreenTests: XCTestCase {
    static func replay(_ name: String, _ language: String = "en") throws -> String {
        try BinaryHarness.run(["replay", "corpus/transcripts/\(name).jsonl", "--full", "--no-pager", "--color", "never",
                               "--width", "400", "--lang", language]).stdout
    }

    /// "Lock#2 (Lock): 1 acquisitions, 0 had to wait, 1 timed acquire(s) gave up" and "so 1 are unfinished".
    func testCountsOfOneAreSingularOnTheScreen() throws {
        let abba = try Self.replay("r37z_abba_deadlock_timeout--fork")
        XCTAssertTrue(abba.contains(": 1 acquisition, 0 had to wait, 1 timed acquire gave up"), abba)
        XCTAssertFalse(abba.contains("(s)") || abba.contains("1 acquisitions"), abba)
        let joinable = try Self.replay("r37z_joinable_missing_task_done--fork")
        XCTAssertTrue(joinable.contains("6 were put and 5 marked done, so 1 is unfinished"), joinable)
        XCTAssertFalse(joinable.contains("so 1 are unfinished"), joinable)
    }

    func testTheSummaryHasABarrierLineAndTheTaskDoneCount() throws {
        let barrier = try Self.replay("r37z_barrier_timeout_broken--spawn")
        XCTAssertTrue(barrier.contains("Barrier#1 (3 parties): 3 wait() calls · 0 passed · 3 raised BrokenBarrierError · 1 timed out (fast) · broken at "), barrier)
        let zh = try Self.replay("r37z_barrier_timeout_broken--spawn", "zh")
        XCTAssertTrue(zh.contains("Barrier#1（3 方）：3 次 wait() 调用，0 次通过，3 次抛出 BrokenBarrierError，1 次超时（fast）"), zh)
        let joinable = try Self.replay("r37z_joinable_missing_task_done--forkserver")
        XCTAssertTrue(joinable.contains("JoinableQueue#1: 6 puts, 6 gets, 5 task_done(), at most"), joinable)
        let pool = try Self.replay("r37z_pool_worker_exits_map--fork", "zh")
        XCTAssertTrue(pool.contains("各任务：task"), pool)
        XCTAssertFalse(pool.contains("每个："), pool)
    }
}
