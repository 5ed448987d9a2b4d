import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 7B of the truth review (docs/truth-review.md): operational and failure programs nobody here wrote.
final class TruthRound7BDescriberTests: XCTestCase {
    /// r7b_broken_pipe: a send() that raised BrokenPipeError had no row; now it has one that says it raised, and the
    /// later recv() on the other end is never linked to it as its delivery.
    func testASendThatRaisedSaysSoAndDeliversNothing() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .pipeSendError, object: "Pipe#1",
              [("end", .string("A")), ("call", .string("send()")), ("error", .string("BrokenPipeError: [Errno 32] Broken pipe")), ("item", .string("'message 0'"))])
        s.add(2, pid: 100, process: "MainProcess", .pipeSendError, object: "Pipe#2",
              [("end", .string("B")), ("call", .string("send()")), ("error", .string("OSError: connection is read-only")), ("item", .string("'x'"))])
        s.add(3, pid: 201, process: "Process-1", .pipeRecv, object: "Pipe#2", [("end", .string("A")), ("item", .string("'x'")), ("waited_ns", .int(0))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        let rows = [1, 2].map(describer.describe)
        XCTAssertTrue(rows[0].hasPrefix("send() of 'message 0' on Pipe#1 end A raised BrokenPipeError: [Errno 32] Broken pipe"), rows[0])
        XCTAssertTrue(rows[0].contains("nothing was sent (no process has the other end open any more)"), rows[0])
        XCTAssertTrue(rows[1].hasPrefix("send() of 'x' on Pipe#2 end B raised OSError: connection is read-only: nothing was sent"), rows[1])
        XCTAssertFalse(rows[1].contains("other end open"), rows[1])
        XCTAssertEqual(CausalLinker.pairs(in: timeline).filter { $0.kind == .delivery }, [])
    }

    /// r7b_os_exit_mid_task, r7b_sigint_in_worker (and the older pool_os_exit_get_timeout): "get() of task 2 raised
    /// TimeoutError after 2.000 s" with nothing saying the task's worker had ended inside it, so its result was never
    /// coming (the summary's "1 lost" said it, the row and its notes did not).
    func testAGetThatTimedOutOnATaskLostWithItsWorkerSaysSo() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1"))])
        s.add(3, pid: 201, process: "ForkPoolWorker-1", .processStart, [("name", .string("ForkPoolWorker-1")), ("role", .string("child"))])
        s.add(4, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(0)), ("func", .string("task")), ("args", .string("(2,)")), ("chunks", .int(1)), ("method", .string("apply_async"))])
        s.add(5, pid: 201, process: "ForkPoolWorker-1", .taskStart, [("job", .int(0)), ("index", .int(0)), ("func", .string("task")), ("args", .string("(2,)"))])
        s.add(6, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1", [("job", .int(0)), ("index", .int(0)), ("call", .string("get()"))])
        s.add(7, pid: 100, process: "MainProcess", thread: "Thread-1 (_handle_workers)", .processReaped,
              [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1")), ("exitcode", .int(3))])
        s.add(2006, pid: 100, process: "MainProcess", .poolGet, object: "Pool#1",
              [("job", .int(0)), ("ok", .bool(false)), ("waited_ns", .int(2_000_000_000)), ("error", .string("TimeoutError"))])
        let timeline = s.timeline()
        let gaveUp = timeline.events.indices.last!
        let notes = Annotator(timeline: timeline).notes()
        let note = notes.first { $0.eventIndex == gaveUp }
        XCTAssertEqual(note?.text, "get() gave up on task 0 after 2.000 s: ForkPoolWorker-1 of Pool#1 ended (exitcode 3) while running task 0, "
                       + "so its result was never coming. A Pool replaces a dead worker but does not run the task it lost again: "
                       + "without the timeout, get() would have waited forever.")
        XCTAssertEqual(note?.premise, .lostBeforeTimeout(step: gaveUp, chunks: ["task 0"]))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes, recorded: s.events).violations(), [])
    }

    /// r7b_execv_child: the child became another program (os.execv) with no row: its lane went on with the new
    /// program's print, and its exit code 4, as if run() had done them.
    func testAnExecHasARowAndAFailedOneSaysNothingWasReplaced() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 201, process: "Process-1", .processExec,
              [("call", .string("os.execv()")), ("argv", .array([.string("/usr/bin/python3"), .string("-c"), .string("print(1)")]))])
        s.add(2, pid: 201, process: "Process-1", .processExec,
              [("call", .string("os.execv()")), ("argv", .array([.string("prog")])), ("error", .string("FileNotFoundError: [Errno 2] No such file or directory"))])
        let describer = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        XCTAssertEqual(describer.describe(1), "os.execv(): becomes another program, same pid: /usr/bin/python3 -c print(1) (if the call succeeds, "
                       + "nothing after it runs, multiprocessing's cleanup after run() included; text not yet flushed is lost)")
        XCTAssertEqual(describer.describe(2), "os.execv() raised FileNotFoundError: [Errno 2] No such file or directory: the process was not replaced, it goes on")
    }

    /// r7b_pool_exception_unpicklable: leaving the with-block raised AssertionError from terminate() (the result handler
    /// had died): no row said terminate() was called, nor that it raised.
    func testAPoolTerminateThatRaisedSaysWhat() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .poolTerminate, object: "Pool#1",
              [("error", .string("AssertionError: Cannot have cache with result_hander not alive"))])
        let describer = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        XCTAssertEqual(describer.describe(2), "Pool#1.terminate() raised AssertionError: Cannot have cache with result_hander not alive")
    }

    /// r7b_pool_maybe_encoding: "✓ task 0 → <generator>" in the worker, then "result of task 0 arrives (an exception)":
    /// nothing said that the worker could not pickle the value and sent MaybeEncodingError instead.
    func testAResultThatIsMaybeEncodingErrorSaysTheValueCouldNotBePickled() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolResult, object: "Pool#1",
              [("job", .int(0)), ("index", .int(0)), ("ok", .bool(false)), ("error", .string("MaybeEncodingError"))])
        s.add(2, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolResult, object: "Pool#1",
              [("job", .int(1)), ("index", .int(0)), ("ok", .bool(false)), ("error", .string("ValueError"))])
        let describer = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        XCTAssertEqual(describer.describe(1), "result of task 0 arrives: MaybeEncodingError in place of its value (the worker could not pickle "
                       + "what the task returned, so it sent this error instead)")
        XCTAssertEqual(describer.describe(2), "result of task 1 arrives (an exception)")
    }
}
