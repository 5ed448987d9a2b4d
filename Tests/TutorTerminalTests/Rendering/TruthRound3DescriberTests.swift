import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Rows that were false or misleading on the third review's unseen programs (docs/truth-review.md, round 3).
final class TruthRound3DescriberTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    private func rows(_ s: EventScript) -> [String] {
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        return timeline.events.indices.dropFirst().map(describer.describe)
    }

    /// Every docs_futures_* example: "shutdown() returned" and "….shutdown(wait=True) returned" for one call.
    func testOneShutdownCallHasOneReturnRow() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorWait, object: "ThreadPoolExecutor#1",
              [("call", .string("shutdown()")), ("pending", .int(-1)), ("works", .array([])), ("timeout", .null), ("executors", .null)])
        s.add(2, pid: 100, process: "MainProcess", thread: "ThreadPoolExecutor-0_0", .threadExit, [("name", .string("ThreadPoolExecutor-0_0"))])
        s.add(4, pid: 100, process: "MainProcess", .executorWaited, object: "ThreadPoolExecutor#1",
              [("call", .string("shutdown()")), ("waited_ns", .int(3_000_000)), ("ok", .bool(true)), ("pending", .int(-1))])
        s.add(4.01, pid: 100, process: "MainProcess", .executorShutdown, object: "ThreadPoolExecutor#1",
              [("wait", .bool(true)), ("waited_ns", .int(3_010_000))])
        // a shutdown() that raised has no executor.shutdown after it: its own end stays
        s.add(5, pid: 100, process: "MainProcess", .executorWait, object: "ThreadPoolExecutor#2",
              [("call", .string("shutdown()")), ("pending", .int(-1)), ("works", .array([])), ("timeout", .null)])
        s.add(9, pid: 100, process: "MainProcess", .executorWaited, object: "ThreadPoolExecutor#2",
              [("call", .string("shutdown()")), ("waited_ns", .int(4_000_000)), ("ok", .bool(false)), ("pending", .int(-1))])
        var options = TimelineRenderer.Options()
        options.wrapsRows = true
        let text = TimelineRenderer(timeline: s.timeline(), notes: [], capabilities: .plain, options: options).render()
        let returns = text.split(separator: "\n").filter { $0.contains("returned") || $0.contains("gave up") }
        XCTAssertEqual(returns.count, 2, text)
        XCTAssertTrue(returns[0].contains("ThreadPoolExecutor#1.shutdown(wait=True) returned after 3 ms"), text)
        XCTAssertTrue(returns[1].contains("shutdown() gave up"), text)
    }

    /// r3_progress_imap_unordered: "waits in next() for task 0" / "next() for task 0 returned", while the result it
    /// returned was task 0.1's (imap_unordered's next() takes whichever item finishes first; the index counts results).
    func testImapUnorderedNextNamesNoTask() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(0)), ("func", .string("work")), ("args", .string("<range>")), ("chunks", .null), ("method", .string("imap_unordered"))])
        s.add(2, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1", [("job", .int(0)), ("index", .int(1)), ("call", .string("next()"))])
        s.add(9, pid: 100, process: "MainProcess", .poolWaited, object: "Pool#1",
              [("job", .int(0)), ("index", .int(1)), ("call", .string("next()")), ("waited_ns", .int(7_000_000)), ("ok", .bool(true)), ("error", .null)])
        s.add(10, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(1)), ("func", .string("work")), ("args", .string("<range>")), ("chunks", .null), ("method", .string("imap"))])
        s.add(11, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1", [("job", .int(1)), ("index", .int(2)), ("call", .string("next()"))])
        XCTAssertEqual(rows(s), [
            "imap_unordered → task 0 work(<range>)",
            "waits in next() for the next item of task 0 to finish (imap_unordered: any item)",
            "next() for the next item of task 0 to finish (imap_unordered: any item) returned after 7 ms",
            "imap → task 1 work(<range>)",
            "waits in next() for task 1.2",
        ])
        // the state model's blocked call says the same
        let blocked = StateReplayer(timeline: s.timeline()).state(after: 2).blocked
        XCTAssertEqual(blocked.map(\.what), ["waits in next() for the next item of task 0 of Pool#1 to finish (imap_unordered: any item)"])
    }

    /// r3_lambda_pickling: "3× result of task 0 arrives (an exception)": the task handler could not pickle the lambda
    /// and set each chunk's result itself; no worker ever saw the task.
    func testATaskTheHandlerCouldNotSendNeverArrives() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", thread: "Thread-2 (_handle_tasks)", .poolResult, object: "Pool#1",
              [("job", .int(0)), ("index", .int(1)), ("ok", .bool(false))])
        s.add(2, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolResult, object: "Pool#1",
              [("job", .int(1)), ("index", .int(0)), ("ok", .bool(false))])
        XCTAssertEqual(rows(s), [
            "task 0.1 never reached a worker: the task handler failed to send it (for example, it could not be pickled) and set its result to that exception",
            "result of task 1 arrives (an exception)",
        ])
    }

    /// r3_signal_terminate: a SIGTERM handler called sys.exit(0) inside run(), shown as "run() returned".
    /// r3_thread_executor_map_timeout: Executor.map's wait ended as "result() of work item 2 raised TimeoutError".
    func testARunThatRaisedAndAMapWaitAreSaidAsTheyWere() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 201, process: "Process-1", .processRunEnd, [("name", .string("Process-1")), ("exitcode", .int(0)), ("direct", .bool(false)),
                                                                  ("raised", .string("SystemExit"))])
        s.add(2, pid: 202, process: "Process-2", .processRunEnd, [("name", .string("Process-2")), ("exitcode", .int(0)), ("direct", .bool(false)),
                                                                  ("raised", .null)])
        s.add(3, pid: 100, process: "MainProcess", .futureWait, object: "ThreadPoolExecutor#1", [("work", .int(2)), ("call", .string("map()"))])
        s.add(80, pid: 100, process: "MainProcess", .futureWaited, object: "ThreadPoolExecutor#1",
              [("work", .int(2)), ("waited_ns", .int(77_000_000)), ("ok", .bool(false)), ("error", .string("TimeoutError"))])
        s.add(81, pid: 100, process: "MainProcess", .futureWait, object: "ThreadPoolExecutor#1", [("work", .int(3)), ("call", .string("result()"))])
        s.add(82, pid: 100, process: "MainProcess", .futureWaited, object: "ThreadPoolExecutor#1",
              [("work", .int(3)), ("waited_ns", .int(1_000_000)), ("ok", .bool(true)), ("error", .null)])
        XCTAssertEqual(rows(s), [
            "run() raised SystemExit (exit code 0); cleaning up before exit",
            "run() returned; cleaning up before exit",
            "waits in map() of work item 2",
            "map() of work item 2 raised TimeoutError after 77 ms",
            "waits in result() of work item 3",
            "result() of work item 3 returned after 1 ms",
        ])
    }

    /// r3_daemon_killed_at_exit and docs_futures_deadlock_ab: what multiprocessing and threading do at exit.
    func testWhatHappensAtInterpreterExitIsShownAsSuch() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .processTerminate, [("child_pid", .int(201)), ("name", .string("Process-1")), ("at_exit", .bool(true))])
        s.add(2, pid: 100, process: "MainProcess", .processTerminate, [("child_pid", .int(202)), ("name", .string("Process-2")), ("at_exit", .bool(false))])
        s.add(3, pid: 100, process: "MainProcess", .threadShutdownWait, [("threads", .array([.string("Worker-1"), .string("Worker-2")]))])
        s.add(9, pid: 100, process: "MainProcess", .threadShutdownWaited, [("waited_ns", .int(6_000_000)), ("ok", .bool(true))])
        s.add(10, pid: 100, process: "MainProcess", .executorWait, object: "ProcessPoolExecutor#1",
              [("call", .string("shutdown()")), ("pending", .int(0)), ("works", .array([])), ("timeout", .null)])
        XCTAssertEqual(rows(s), [
            "at exit, multiprocessing terminates the daemon Process-1 (SIGTERM to pid 201; the program did not call terminate())",
            "terminate() Process-2 (SIGTERM to pid 202)",
            "reaches interpreter exit: threading._shutdown() waits for Worker-1, Worker-2 to end (non-daemon threads)",
            "threading._shutdown() returned after 6 ms: the threads it waited for have ended",
            "waits in shutdown() for ProcessPoolExecutor#1 to stop its workers (no work item was pending)",
        ])
    }
}
