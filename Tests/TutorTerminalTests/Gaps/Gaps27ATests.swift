import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 27A (issue 11): a program's `ready()` and `successful()` calls on a Pool's result, each on the committed
/// recordings of `g27a_result_polls`.
final class Gaps27ATests: XCTestCase {
    /// A loop polling `ready()` showed nothing, and `successful()` raising ValueError on a result not ready was not
    /// shown: each run of calls with the same outcome is one row, with its count, what it returned or raised, and the
    /// call that changed it (or the thread's end).
    func testReadyAndSuccessfulPollsHaveRows() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("g27a_result_polls--\(method)")
            let rows = Round22MTests.rows(timeline, .poolPolled)
            let ready = rows.filter { $0.hasPrefix("polled task 0's result with ready() ") && $0.hasSuffix(": False each time, until this call returned True") }
            XCTAssertEqual(ready.count, 1, "\(method): \(rows)")
            XCTAssertTrue(rows.contains { $0.hasPrefix("polled task 1's result with ready() ") && $0.contains("until this call returned True") },
                          "\(method): the watcher thread's polls: \(rows)")
            XCTAssertTrue(rows.contains { $0.hasPrefix("called successful() on task 0's result once, at ")
                && $0.hasSuffix("it raised ValueError (its result had not come back yet: successful() raises ValueError until it has); this call returned True") },
                          "\(method): \(rows)")
            XCTAssertTrue(rows.contains { $0.hasPrefix("polled task 1's result with successful() once, at ")
                && $0.hasSuffix(": False, and not again before this thread ended") }, "\(method): \(rows)")
            // the count is the program's: each ready() loop's polls are the record's, and more than one
            for i in timeline.indices(of: .poolPolled) where timeline.events[i].string(EventField.call) == "ready()" {
                XCTAssertGreaterThan(timeline.events[i].int(EventField.polls) ?? 0, 1, "\(method)")
            }
            let zh = Round22MTests.rows(timeline, .poolPolled, lang: .zh)
            XCTAssertTrue(zh.contains { $0.contains("用 ready() 轮询 task 0 的结果") && $0.hasSuffix("每次都是 False，直到这一次返回 True") }, "\(method): \(zh)")
            XCTAssertTrue(zh.contains { $0.contains("的结果调用过一次 successful()：它抛出了 ValueError（它的结果还没有传回来") }, "\(method): \(zh)")
        }
    }

    /// A `multiprocessing.dummy.Pool` worker thread running the pool's initializer was "idle" in the state panel: it
    /// now runs the initializer from its `pool.init` to its `pool.init.end`, as a process Pool's worker does.
    func testADummyPoolThreadRunningItsInitializerSaysSo() throws {
        var seen = 0
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("r25_dummy_vs_process_pool_init--\(method)")
            for i in timeline.indices(of: .poolInit) where timeline.events[i].thread.hasSuffix("(worker)") {
                let thread = timeline.events[i].thread
                let pool = try XCTUnwrap(Gaps23Tests.panel(timeline, after: i).first { $0.hasPrefix("Pool#1: ") }, method)
                XCTAssertTrue(pool.contains("\(thread) running the pool's initializer setup"), "\(method): \(pool)")
                XCTAssertFalse(pool.contains("\(thread) idle"), "\(method): \(pool)")
                let end = try XCTUnwrap(timeline.indices(of: .poolInitEnd).first { $0 > i && timeline.events[$0].thread == thread }, method)
                let after = try XCTUnwrap(Gaps23Tests.panel(timeline, after: end).first { $0.hasPrefix("Pool#1: ") }, method)
                XCTAssertFalse(after.contains("\(thread) running the pool's initializer"), "\(method): \(after)")
                let zh = Language.with(.zh) { Gaps23Tests.panel(timeline, after: i) }
                XCTAssertTrue(zh.contains { $0.hasPrefix("Pool#1：") && $0.contains("\(thread) ") && !$0.contains("\(thread) 空闲") }, "\(method): \(zh)")
                seen += 1
            }
        }
        XCTAssertEqual(seen, 9, "three worker threads' initializers in each of three recordings")
    }

    /// as_completed()/wait() returning because the executor broke read "as_completed() returned after 3 ms", like a
    /// normal completion: the row now says the executor broke then, and which worker the state model shows dead.
    func testAWaitThatReturnedBecauseTheExecutorBrokeSaysSo() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("r24f_worker_kills_sibling--\(method)")
            let rows = Round22MTests.rows(timeline, .executorWaited).filter { $0.hasPrefix("as_completed() returned") }
            XCTAssertTrue(rows.contains { $0.contains(" because ProcessPoolExecutor#1 broke at ")
                && $0.contains("Process-") && $0.contains(" ended (exitcode -9) while running work item 2)") }, "\(method): \(rows)")
            XCTAssertTrue(rows.allSatisfy { $0.hasSuffix("every work item it had not finished ended then with BrokenProcessPool, not with a result") }, "\(method): \(rows)")
            let zh = Round22MTests.rows(timeline, .executorWaited, lang: .zh)
            XCTAssertTrue(zh.contains { $0.contains("，因为 ProcessPoolExecutor#1 在 ") && $0.contains("损坏了（") }, "\(method): \(zh)")
        }
        // round 26F's Left: wait(ALL_COMPLETED) after an initializer broke the executor; no worker died inside an item
        let r26f = Round22MTests.rows(try Round22MTests.timeline("r26f_initializer_raises_pending--fork"), .executorWaited)
        XCTAssertTrue(r26f.contains { $0.hasPrefix("wait() returned after ") && $0.contains(" because ProcessPoolExecutor#1 broke at ")
            && !$0.contains("while running") }, "\(r26f)")
    }
}
