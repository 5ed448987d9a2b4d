import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 10A (docs/truth-review.md): the built binary on the corpus programs of round 9's left list: waits that left no
/// row (a thread's join(0.1), an awaited run_in_executor()), work items of two executors, what an imap was given and
/// left, errors nobody read, and input() in a child.
final class WaitsAndUnreadResultsIntegrationTests: XCTestCase {
    func testATimedThreadJoinThatGaveUpSaysTheThreadIsStillAlive() throws {
        let (screen, transcript) = try CorpusTrace.run("g10a_thread_join_poll.py", method: "fork", timeout: "20", width: 400)
        XCTAssertTrue(transcript.events.contains { $0.is(.threadJoin) && $0.bool(EventField.timedOut) == true }, screen)
        XCTAssertTrue(screen.contains("timed joins join(timeout=0.1) of thread poller-target gave up, one after another over"), screen)
        XCTAssertTrue(screen.contains("join() of thread plain-join returned after"), screen)
    }

    func testAnAwaitedRunInExecutorIsTheEventLoopsWait() throws {
        let (screen, _) = try CorpusTrace.run("r9a_asyncio_awaits_errors.py", method: "fork", timeout: "20", width: 400)
        XCTAssertTrue(screen.contains("its thread waits in select(); not done yet: work item 0 of ProcessPoolExecutor#1"), screen)
        XCTAssertTrue(screen.contains("work item 0 of ThreadPoolExecutor#1 blocking_io()"), screen)
        XCTAssertTrue(screen.contains("event loop select() "), screen)
    }

    func testAnImapLeftWithBreakSaysWhatItWasGivenAndWhatNeverStarted() throws {
        let (screen, _) = try CorpusTrace.run("g10a_imap_break_counts.py", method: "fork", timeout: "20", width: 400)
        XCTAssertTrue(screen.contains("task 0 (imap) was given 12 items in 12 chunks: "), screen)
        XCTAssertTrue(screen.contains("task 1 (imap_unordered) was given 12 items in 6 chunks: "), screen)
    }

    func testErrorsNoGetReadAndInputInAChildAreExplained() throws {
        let (errors, _) = try CorpusTrace.run("g10a_unread_task_errors.py", method: "fork", timeout: "20", width: 400)
        XCTAssertTrue(errors.contains("errors nobody read: task 0 (apply_async): ValueError; task 1 (map_async): ValueError."), errors)
        XCTAssertFalse(errors.contains("task 2 (apply_async): ValueError"), errors)
        let (input, _) = try CorpusTrace.run("g10a_child_input_eof.py", method: "spawn", timeout: "20", width: 400)
        XCTAssertTrue(input.contains("input() raised EOFError in Process-1 because multiprocessing gives every child it starts os.devnull"), input)
    }
}
