import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// What round 4 of the truth review left open (docs/truth-review.md, "left"), run live through the binary on the
/// corpus's own programs: cancel(), a Pool's initializer, the two hangs they explain, and calls that raised;
/// `mp-tutor check` judges every recorded run (its invariants, every note's premise).
final class CancelInitializerIntegrationTests: XCTestCase {
    private func trace(_ program: String, method: String, timeout: String = "20", status: Int32 = 0, width: Int = 200,
                       line: UInt = #line) throws -> (screen: String, transcript: Transcript) {
        let (screen, transcript) = try CorpusTrace.run(program, method: method, timeout: timeout, status: status, width: width, line: line)
        // notes and summary lines wrap with a four-space indent: read them as one line
        return (screen.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    func testCancelledWorkItemsHaveRowsAndAreCountedApart() throws {
        let (screen, transcript) = try trace("r4_futures_cancel_callbacks.py", method: "fork")
        XCTAssertEqual(screen.components(separatedBy: "is cancelled before it started; it will never run").count - 1, 3, screen)
        XCTAssertTrue(screen.contains("6 work items submitted, 3 ran (ForkProcess-1 3)"), screen)
        XCTAssertTrue(screen.contains("3 cancelled before starting (never ran)"), screen)
        let cancels = transcript.events.filter { $0.is(.futureCancel) }
        XCTAssertEqual(cancels.compactMap(\.work), [3, 4, 5])
        // each cancel comes before the "callback: cancelled" it ran
        let callbacks = transcript.events.indices.filter { transcript.events[$0].text == "callback: cancelled" }
        let rows = transcript.events.indices.filter { transcript.events[$0].is(.futureCancel) }
        XCTAssertEqual(zip(rows, callbacks).filter { $0.0 < $0.1 }.count, 3)
    }

    func testMapsTimeoutAndShutdownCancelFuturesSayWhoCancelled() throws {
        let (screen, transcript) = try trace("r4_futures_map_timeout_cancel.py", method: "spawn")
        XCTAssertTrue(screen.contains("map()'s iterator cancels work item 7 (it stopped waiting for the results): it will never run"), screen)
        let figures = try XCTUnwrap(ExecutorFigures.all(TimelineBuilder.build(transcript)).first)
        let ran = figures.perWorker.reduce(0) { $0 + $1.items }
        XCTAssertEqual(ran + figures.cancelled, 8, "every work item either ran or was cancelled: \(screen)")
        XCTAssertTrue(screen.contains("\(figures.cancelled) cancelled before starting (never ran)"), screen)
    }

    func testEachPoolWorkerShowsItsInitializer() throws {
        // wide enough for the whole row in the last lane: when one worker runs every task (the other is still starting
        // when terminate() ends it, as under CI trial 12's load), the initializer's row sits in the rightmost lane
        let (screen, transcript) = try trace("r4_pool_initializer.py", method: "forkserver", width: 400)
        XCTAssertTrue(screen.contains("▶ initializer init('w'): runs once in this worker, before it takes a task"), screen)
        let inits = transcript.events.filter { $0.is(.poolInit) }
        let ran = Set(transcript.events.filter { $0.is(.taskStart) }.map(\.pid))
        XCTAssertTrue(ran.isSubset(of: Set(inits.map(\.pid))), "every worker that ran a task ran the initializer")
        XCTAssertEqual(transcript.events.filter { $0.is(.poolInitEnd) && $0.ok == true }.count, inits.count)
    }

    func testAPoolWhoseInitializerRaisesExplainsItsHang() throws {
        var chinese = ""
        let (screen, _) = try CorpusTrace.run("r4_pool_initializer_raises.py", method: "fork", timeout: "4", status: 124, width: 200) { record in
            chinese = try BinaryHarness.run(["replay", "--lang", "zh", "--no-pager", "--color", "never", "--width", "200", record]).stdout
        }
        let text = screen.replacingOccurrences(of: "\n    ", with: " ")
        XCTAssertTrue(text.range(of: #"waits in map\(\) for task 0 of Pool#1 since [0-9.]+ s, but no task of Pool#1 ever started: the initializer init raised \(RuntimeError: cannot connect to the database\) in \d+ of its workers and none got through it; the pool started \d+ workers? in place of those that ended"#,
                                 options: .regularExpression) != nil, text)
        XCTAssertTrue(text.contains("✗ initializer init raised RuntimeError: cannot connect to the database: this worker ends without taking a task"), text)
        XCTAssertTrue(text.range(of: #"Pool#1 \(1 worker, \d+ started in all\): 1 map\(\) call · 0 of 3 chunks ran · its initializer raised in \d+ workers?, which ended without taking a task"#,
                                 options: .regularExpression) != nil, text)
        XCTAssertTrue(chinese.replacingOccurrences(of: "\n    ", with: "").contains("的任务一个也没有开始过"), chinese)
    }

    func testAnExecutorWithNoWorkerLeftSaysSo() throws {
        let (screen, _) = try trace("r4_futures_max_tasks_hang.py", method: "spawn", timeout: "4", status: 124)
        XCTAssertTrue(screen.contains("work item 4 was submitted but no worker started it, and no worker of ProcessPoolExecutor#1 is alive: "
            + "every worker it started has ended (SpawnProcess-1, SpawnProcess-2), and no other is starting"), screen)
    }

    func testATaskDoneTooManyAndAReleaseByANonOwnerHaveRows() throws {
        let (screen, transcript) = try trace("r4_joinable_task_done_twice.py", method: "spawn")
        XCTAssertTrue(screen.contains("task_done() on JoinableQueue#1 raised ValueError: task_done() called too many times: every item put was already marked done"), screen)
        XCTAssertEqual(transcript.events.filter { $0.is(.queueTaskDone) }.count, 1)
        let (locks, lockRun) = try trace("r4_lock_released_by_other.py", method: "fork")
        XCTAssertTrue(locks.contains("release() of RLock#1 raised AssertionError: attempt to release recursive lock not owned by thread"), locks)
        XCTAssertTrue(locks.contains("RLock#1 (RLock): 1 acquisition, 0 had to wait"), locks)
        XCTAssertEqual(lockRun.events.filter { $0.is(.lockRelease) && $0.object == "RLock#1" }.map(\.process), ["MainProcess"])
    }
}
