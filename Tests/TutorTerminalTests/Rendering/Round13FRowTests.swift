import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 13F (docs/truth-review.md): concurrent.futures as real programs use it. r13f_sysexit_in_task's end said "a
/// SystemExit that a raise statement made (not sys.exit() nor exit())" for a work item's sys.exit(3) that result() raised
/// again; r13f_hung_worker_terminate's result() of a Future the broken executor had failed said "the exception the work
/// item raised"; r13f_nested_process_pools' submit() in a Pool task said "no work item was made" though submit() had
/// queued one before it failed starting its workers.
final class Round13FRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    func testAWorkItemsSystemExitRaisedAgainByResultIsNamed() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1", [("max_workers", .int(1))])
        let row = s.add(2, pid: 100, process: "MainProcess", .processMainEnd, object: "ProcessPoolExecutor#1",
                        [("via", .string("result()")), ("exitcode", .int(3)), ("exit_arg", .string("3")), ("work", .int(1))])
        let exit = s.add(3, pid: 100, process: "MainProcess", .processExit, [("observed_by", .string("mp-tutor")), ("exitcode", .int(3))])
        let timeline = s.timeline()
        XCTAssertEqual(Annotator(timeline: timeline).notes().first { $0.eventIndex == exit }?.text,
                       "MainProcess exited with code 3: its main code ended by a SystemExit(3) that result() of work item 1 of ProcessPoolExecutor#1 "
                       + "raised again (the work item's own, kept in its Future), and nothing caught it.")
        let text = EventDescriber(timeline: timeline, painter: painter).describe(row)
        XCTAssertTrue(text.hasPrefix("its main code ended by a SystemExit(3) that result() of work item 1 of ProcessPoolExecutor#1 raised again: "
                                     + "the work item's own"), text)
        XCTAssertFalse(text.contains("raise statement"), text)
    }

    func testAFutureTheBrokenExecutorFailedIsNotTheWorkItemsException() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1", [("max_workers", .int(2))])
        for work in 0..<2 {
            s.add(Double(2 + work), pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1",
                  [("work", .int(Int64(work))), ("func", .string("work")), ("args", .string("(\(work),)"))])
        }
        // work item 0 raised in its worker and its exception came back; work item 1's worker was terminated
        s.add(4, pid: 100, process: "MainProcess", thread: "Thread-1", .futureResult, object: "ProcessPoolExecutor#1",
              [("work", .int(0)), ("ok", .bool(false)), ("error", .string("ValueError"))])
        s.add(5, pid: 100, process: "MainProcess", thread: "Thread-1", .executorBroken, object: "ProcessPoolExecutor#1",
              [("pending", .int(1)), ("error", .string(""))])
        let own = s.add(6, pid: 100, process: "MainProcess", .futureRead, object: "ProcessPoolExecutor#1",
                        [("work", .int(0)), ("call", .string("result()"))])
        let broken = s.add(7, pid: 100, process: "MainProcess", .futureRead, object: "ProcessPoolExecutor#1",
                           [("work", .int(1)), ("call", .string("result()"))])
        let describer = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual(describer.describe(own), "result() of work item 0, already done: the program gets the exception the work item raised")
        XCTAssertEqual(describer.describe(broken), "result() of work item 1, already done: the program gets the BrokenProcessPool that "
                       + "ProcessPoolExecutor#1 set on its Future when it broke at 0.005 s; the work item itself raised nothing (no result of it had come back)")
    }

    func testASubmitThatHadQueuedAWorkItemSaysSo() {
        func row(_ extra: [(String, JSONValue)]) -> String {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1", [("max_workers", .int(2))])
            let failed = s.add(2, pid: 100, process: "MainProcess", .futureSubmitError, object: "ProcessPoolExecutor#1",
                               [("func", .string("leaf")), ("error_type", .string("AssertionError")),
                                ("error", .string("AssertionError: daemonic processes are not allowed to have children"))] + extra)
            return EventDescriber(timeline: s.timeline(), painter: painter).describe(failed)
        }
        XCTAssertEqual(row([("queued", .int(0))]), "submit(leaf) on ProcessPoolExecutor#1 raised AssertionError, but only after it had made work "
                       + "item 0 and queued it: it failed while starting the executor's worker processes or its manager thread, so the program never got that work item's Future")
        XCTAssertEqual(row([]), "submit(leaf) on ProcessPoolExecutor#1 raised AssertionError: no work item was made")
    }

    /// r13f_with_block_raises: an exception raised inside `with ProcessPoolExecutor() as ex:` waited a second in the with
    /// statement's shutdown() before its traceback; the row said only "waits in shutdown()", which the program never called.
    func testAShutdownCalledByAWithBlocksEndNamesTheLeavingException() {
        func row(_ extra: [(String, JSONValue)]) -> String {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1", [("max_workers", .int(2))])
            let wait = s.add(2, pid: 100, process: "MainProcess", .executorWait, object: "ProcessPoolExecutor#1",
                             [("call", .string("shutdown()")), ("pending", .int(4)), ("works", .null), ("timeout", .null), ("executors", .null)] + extra)
            return EventDescriber(timeline: s.timeline(), painter: painter).describe(wait)
        }
        XCTAssertEqual(row([("with_error", .string("KeyError"))]), "waits in shutdown() for ProcessPoolExecutor#1 to run its 4 unfinished work items and "
                       + "stop its workers: the end of its with-block called shutdown(wait=True) while KeyError was leaving the block, so KeyError goes on only once shutdown() returns")
        XCTAssertEqual(row([]), "waits in shutdown() for ProcessPoolExecutor#1 to run its 4 unfinished work items and stop its workers")
    }

    /// r13f_max_tasks_per_child: a worker that left after two work items, and the one started in its place, had no cause
    /// in any row: the executor's creation did not say it had max_tasks_per_child=2.
    func testAnExecutorsMaxTasksPerChildIsSaid() {
        func row(_ extra: [(String, JSONValue)]) -> String {
            var s = DocsExamplesDescriberTests.mainProcess()
            let made = s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1", [("max_workers", .int(1))] + extra)
            return EventDescriber(timeline: s.timeline(), painter: painter).describe(made)
        }
        XCTAssertEqual(row([("max_tasks", .int(2))]), "ProcessPoolExecutor#1 created: max_workers 1, max_tasks_per_child 2: each worker process leaves "
                       + "after 2 work items; the executor starts a new one in its place only when it counts no idle worker (in Python 3.11 that count "
                       + "can be wrong, CPython issue gh-115634: work items then wait with no worker left)")
        XCTAssertEqual(row([]), "ProcessPoolExecutor#1 created: max_workers 1")
    }
}
