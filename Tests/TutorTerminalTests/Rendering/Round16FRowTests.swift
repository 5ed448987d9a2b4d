import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 16F (docs/truth-review.md): concurrent.futures beyond submit and map, and shared memory.
/// r16f_thread_pool_starts_processes (fork): a child forked from a ThreadPoolExecutor worker whose run() raised
/// SystemExit was said to have ended "run() had returned, then RuntimeError: cannot join current thread …".
final class Round16FRowTests: XCTestCase {
    /// A child forked from the executor's worker thread sup_1; its run() ends as `runEnd` says, then its cleanup raises.
    private func forkedChild(runEnd: [(String, JSONValue)]) -> (Timeline, Int) {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ThreadPoolExecutor#1", [("type", .string("ThreadPoolExecutor"))])
        s.add(2, pid: 100, process: "MainProcess", .threadStart, [("name", .string("sup_1")), ("target", .string("_worker"))])
        s.add(3, pid: 100, process: "MainProcess", thread: "sup_1", .processSpawn, [("child_pid", .int(201)), ("name", .string("child-1"))])
        s.add(4, pid: 201, ppid: 100, process: "child-1", thread: "sup_1", .processStart, [("name", .string("child-1"))])
        s.add(5, pid: 201, ppid: 100, process: "child-1", thread: "sup_1", .processRunEnd, [("name", .string("child-1"))] + runEnd)
        let exit = s.add(6, pid: 201, ppid: 100, process: "child-1", thread: "sup_1", .processExit,
                         [("exitcode", .int(1)), ("error", .string("RuntimeError: cannot join current thread"))])
        return (s.timeline(), exit)
    }

    func testAnEscapedCleanupErrorAfterARunThatRaisedDoesNotSayRunReturned() {
        let (timeline, exit) = forkedChild(runEnd: [("exitcode", .int(1)), ("direct", .bool(false)), ("raised", .string("SystemExit")),
                                                    ("exit_message", .string("child 1 gave up"))])
        let notes = Annotator(timeline: timeline).notes()
        let text = notes.first { $0.eventIndex == exit }?.text ?? "none"
        XCTAssertFalse(text.contains("run() had returned"), text)
        XCTAssertTrue(text.hasPrefix("child-1 exited with code 1: run() had ended by raising SystemExit, then RuntimeError: cannot join "
                                     + "current thread was raised in multiprocessing's own cleanup after it (under fork nothing prints it)."), text)
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
    }

    func testAnEscapedCleanupErrorAfterARunThatReturnedStillSaysSo() {
        let (timeline, exit) = forkedChild(runEnd: [("exitcode", .int(0)), ("direct", .bool(false))])
        let text = Annotator(timeline: timeline).notes().first { $0.eventIndex == exit }?.text ?? "none"
        XCTAssertTrue(text.hasPrefix("child-1 exited with code 1: run() had returned, then RuntimeError: cannot join current thread"), text)
    }

    /// r16f_callback_submit_after_shutdown, r16f_shutdown_cancel_futures_running: "submit(stage) on ProcessPoolExecutor#1
    /// raised RuntimeError: no work item was made", without the cause the record shows: shutdown() had been called on it.
    private func refusedSubmitRow(wait: Bool, error: String = "RuntimeError: cannot schedule new futures after shutdown") -> String {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1", [("max_workers", .int(2))])
        if wait {   // a with-block's end: shutdown(wait=True) waits from 0.002 s and returns after the refused submit
            s.add(2, pid: 100, process: "MainProcess", .executorWait, object: "ProcessPoolExecutor#1",
                  [("call", .string("shutdown()")), ("pending", .int(1)), ("works", .array([.int(2)]))])
        } else {    // shutdown(wait=False) returned at 0.002 s
            s.add(2, pid: 100, process: "MainProcess", .executorShutdown, object: "ProcessPoolExecutor#1",
                  [("wait", .bool(false)), ("waited_ns", .int(40_000))])
        }
        let refused = s.add(9, pid: 100, process: "MainProcess", thread: "Thread-1", .futureSubmitError, object: "ProcessPoolExecutor#1",
                            [("func", .string("stage")), ("error_type", .string("RuntimeError")), ("error", .string(error))])
        if wait {
            s.add(12, pid: 100, process: "MainProcess", .executorShutdown, object: "ProcessPoolExecutor#1",
                  [("wait", .bool(true)), ("waited_ns", .int(10_000_000))])
        }
        return EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain)).describe(refused)
    }

    func testASubmitRefusedAfterShutdownSaysWhenShutdownWasCalled() {
        XCTAssertEqual(refusedSubmitRow(wait: true), "submit(stage) on ProcessPoolExecutor#1 raised RuntimeError: no work item was made "
                       + "(shutdown() was called on it at 0.002 s: from then on it takes no new work items; the end of a with-block calls shutdown() too)")
        XCTAssertTrue(refusedSubmitRow(wait: false).hasSuffix("(shutdown() was called on it at 0.002 s: from then on it takes no new work "
                                                              + "items; the end of a with-block calls shutdown() too)"))
        // the interpreter's exit refuses with other words: no shutdown() of the program is named
        XCTAssertEqual(refusedSubmitRow(wait: true, error: "RuntimeError: cannot schedule new futures after interpreter shutdown"),
                       "submit(stage) on ProcessPoolExecutor#1 raised RuntimeError: no work item was made")
    }

    /// r16f_map_chunksize_timeout (forkserver): submitting map()'s chunks started the fork server and spent 1.03 s of
    /// map()'s 1 s timeout; the wait row said "(timeout 1.000 s)", as if the wait had been given a whole second.
    func testAMapWaitWhoseTimeoutWasSpentSaysNoneWasLeft() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1", [("max_workers", .int(2))])
        let wait = s.add(2, pid: 100, process: "MainProcess", .futureWait, object: "ProcessPoolExecutor#1",
                         [("work", .int(0)), ("call", .string("map()")), ("timeout", .double(1.0)), ("left", .double(-0.029))])
        let row = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain)).describe(wait)
        XCTAssertFalse(row.hasSuffix("(timeout 1.000 s)"), row)
        XCTAssertTrue(row.hasSuffix("(map()'s timeout 1.000 s, counted from the map() call: none of it left, it ran out 29 ms before this wait)"), row)
    }
}
