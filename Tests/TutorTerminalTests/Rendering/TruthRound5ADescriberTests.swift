import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Rows that were false in round 5, part A of the truth review (corpus/r5a_*.py; docs/truth-review.md).
final class TruthRound5ADescriberTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    /// r5a_futures_unpicklable: "✓ work item 1 → <lock>" then "✗ work item 1 raised TypeError: cannot pickle …": the
    /// function returned; what failed was sending its result back.
    func testAResultThatCouldNotBeSentBackIsNotARaise() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 101, process: "ForkProcess-1", .futureStart, [("work", .int(1)), ("func", .string("make_lock")), ("args", .string("(0,)"))])
        s.add(2, pid: 101, process: "ForkProcess-1", .futureEnd, [("work", .int(1)), ("ok", .bool(true)), ("result", .string("<lock>"))])
        s.add(3, pid: 101, process: "ForkProcess-1", .futureEnd,
              [("work", .int(1)), ("ok", .bool(false)), ("result", .string("TypeError: cannot pickle '_thread.lock' object")), ("unsent", .bool(true))])
        s.add(4, pid: 101, process: "ForkProcess-1", .futureEnd, [("work", .int(2)), ("ok", .bool(false)), ("result", .string("ValueError: bad"))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(3),
                       "✗ work item 1 returned, but its result could not be sent back: TypeError: cannot pickle '_thread.lock' object")
        XCTAssertEqual(describer.describe(4), "✗ work item 2 raised ValueError: bad")
    }

    /// r5a_manager_shutdown_client: "list#1.append(2) raised BrokenPipeError (round trip to the manager)" after the
    /// manager had shut down: nothing went to the server and back.
    func testAProxyCallWhoseConnectionFailedMadeNoRoundTrip() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .managerCall, object: "list#1",
              [("method", .string("append")), ("args", .string("(2,)")), ("ok", .bool(false)), ("error", .string("BrokenPipeError"))])
        s.add(2, pid: 100, process: "MainProcess", .managerCall, object: "list#1",
              [("method", .string("__getitem__")), ("args", .string("(3,)")), ("ok", .bool(false)), ("error", .string("IndexError"))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(1), "list#1.append(2) raised BrokenPipeError (no answer: the connection to the manager failed)")
        XCTAssertEqual(describer.describe(2), "list#1.__getitem__(3) raised IndexError (round trip to the manager)")
    }

    /// r5a_manager_custom_class (spawn): "TallyManager#1 started" 200 ms before its server started, and the 200 ms that
    /// start() blocked counted as "other". The event is now stamped when start() returned, with how long it waited.
    func testAManagersStartSaysHowLongItWaitedAndCountsAsWaiting() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(210, pid: 100, process: "MainProcess", .managerCreate, object: "TallyManager#1",
              [("type", .string("TallyManager")), ("server_pid", .int(300)), ("waited_ns", .int(205_000_000))])
        s.add(400, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(1),
                       "TallyManager#1 started: server pid 300 (start() waited 205 ms for the server process to be up)")
        let waits = ProcessTimeAnalysis(timeline).processes.first?.waits
        XCTAssertEqual(waits?.map(\.reason), ["manager"])
        XCTAssertEqual(waits?.first?.ns, 205_000_000)
        // A transcript recorded before the field existed says what it said.
        var old = DocsExamplesDescriberTests.mainProcess()
        old.add(5, pid: 100, process: "MainProcess", .managerCreate, object: "SyncManager#1", [("type", .string("SyncManager")), ("server_pid", .int(300))])
        XCTAssertEqual(EventDescriber(timeline: old.timeline(), painter: painter).describe(1), "SyncManager#1 started: server pid 300")
    }

    /// r5a_futures_nested_executors (fork): each worker's "run() returned; …; then it ended with exitcode 1" and the note
    /// "an uncaught exception, or sys.exit(1)": a guess. The tracer now records what escaped the cleanup after run().
    func testAnExitCodeFromTheCleanupAfterRunNamesWhatWasRaised() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 201, process: "ForkProcess-1", .processRunEnd, [("name", .string("ForkProcess-1")), ("exitcode", .int(0))])
        let exit = s.add(2, pid: 201, process: "ForkProcess-1", .processExit,
                         [("exitcode", .int(1)), ("error", .string("RuntimeError: cannot join current thread"))])
        s.add(3, pid: 100, process: "MainProcess", .processReaped, [("child_pid", .int(201)), ("name", .string("ForkProcess-1")), ("exitcode", .int(1))])
        let timeline = s.timeline()
        // The reconciler keeps run()'s own outcome (0) beside the real end (1): the run row need not repeat the exit's.
        XCTAssertEqual(EventDescriber(timeline: timeline, painter: painter).describe(1), "run() returned; cleaning up before exit")
        XCTAssertEqual(EventDescriber(timeline: timeline, painter: painter).describe(exit),
                       "exited, code 1: RuntimeError: cannot join current thread was raised in multiprocessing's cleanup after run()")
        let notes = Annotator(timeline: timeline).notes()
        XCTAssertEqual(notes.map(\.eventIndex), [exit])
        XCTAssertEqual(notes.first?.text, "ForkProcess-1 exited with code 1: run() had returned, then RuntimeError: cannot join current thread "
            + "was raised in multiprocessing's own cleanup after it (under fork nothing prints it).")
    }

    /// r5a_futures_unpicklable: work item 0's result() raised PicklingError and nothing said why; the summary said
    /// "3 submitted, 2 ran, 2 results came back". The feeder thread could not send it: no worker ever saw it.
    func testAWorkItemThatCouldNotBeSentNeverReachedAWorker() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1", [("max_workers", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1",
              [("work", .int(0)), ("func", .string("echo")), ("args", .string("(<function>,)"))])
        let unsent = s.add(3, pid: 100, process: "MainProcess", thread: "QueueFeederThread", .futureResult, object: "ProcessPoolExecutor#1",
                           [("work", .int(0)), ("ok", .bool(false)), ("error", .string("PicklingError")), ("unsent", .bool(true))])
        s.add(4, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1",
              [("work", .int(1)), ("func", .string("echo")), ("args", .string("(3,)"))])
        s.add(5, pid: 101, process: "ForkProcess-1", .futureStart, [("work", .int(1)), ("func", .string("echo")), ("args", .string("(3,)"))])
        s.add(6, pid: 101, process: "ForkProcess-1", .futureEnd, [("work", .int(1)), ("ok", .bool(true)), ("result", .string("3"))])
        s.add(7, pid: 100, process: "MainProcess", thread: "Thread-1", .futureResult, object: "ProcessPoolExecutor#1",
              [("work", .int(1)), ("ok", .bool(true)), ("error", .null)])
        let timeline = s.timeline()
        XCTAssertEqual(EventDescriber(timeline: timeline, painter: painter).describe(unsent),
                       "work item 0 never reached a worker: sending it failed (PicklingError: its function or arguments could not be pickled), "
                       + "so its Future holds that exception")
        let figures = ExecutorFigures.all(timeline)
        XCTAssertEqual(figures.map(\.resultsBack), [1])
        XCTAssertEqual(figures.map(\.neverSent), [1])
    }

    /// r5a_pool_terminate_map_async (spawn): "1 of 8 chunks ran (1 items)".
    func testOneItemIsSingular() {
        XCTAssertEqual(Phrase.summaryPoolItems.text(["n": 1]), " (1 item)")
        XCTAssertEqual(Phrase.summaryPoolItems.text(["n": 4]), " (4 items)")
    }

    /// r5a_futures_callback_raises: only the logged traceback said that a done-callback raised.
    func testADoneCallbackThatRaisedHasARow() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", thread: "Thread-1", .futureCallback, object: "ProcessPoolExecutor#1",
              [("work", .int(0)), ("func", .string("bad_callback")), ("error", .string("RuntimeError: callback failed for 14"))])
        XCTAssertEqual(EventDescriber(timeline: s.timeline(), painter: painter).describe(1),
                       "done-callback bad_callback of work item 0 raised RuntimeError: callback failed for 14: concurrent.futures logs it and goes on")
    }

    /// r5a_futures_map_chunksize: "3 work items submitted, 3 ran" for map(chunksize=4) over 10 items: a work item is a chunk.
    func testChunksOfAnExecutorMapSayHowManyItemsTheyHold() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1", [("max_workers", .int(2))])
        for (work, items) in [(0, 4), (1, 4), (2, 2)] {
            s.add(2, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1",
                  [("work", .int(Int64(work))), ("func", .string("cube")), ("method", .string("map")), ("items", .int(Int64(items)))])
        }
        XCTAssertEqual(ExecutorFigures.all(s.timeline()).map(\.chunkItems), [10])
        var one = DocsExamplesDescriberTests.mainProcess()
        one.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1", [("max_workers", .int(2))])
        one.add(2, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1",
                [("work", .int(0)), ("func", .string("cube")), ("method", .string("map")), ("items", .int(1))])
        XCTAssertEqual(ExecutorFigures.all(one.timeline()).map(\.chunkItems), [nil])
        XCTAssertEqual(Phrase.summaryExecutorChunkItems.text(["n": 10]), " (map() chunks holding 10 items)")
    }

    /// r5a_manager_shutdown_client: m.shutdown() had no row; the server lane said only "run() raised SystemExit".
    func testAManagersShutdownSaysWhoRanIt() {
        var s = DocsExamplesDescriberTests.mainProcess()
        for how in ["with", "call", "at_exit"] {
            s.add(1, pid: 100, process: "MainProcess", .managerShutdown, object: "SyncManager#1", [("how", .string(how))])
        }
        let describer = EventDescriber(timeline: s.timeline(), painter: painter)
        XCTAssertEqual([1, 2, 3].map(describer.describe), [
            "leaving the with-block shuts SyncManager#1 down: asks its server process to stop",
            "SyncManager#1.shutdown(): asks its server process to stop",
            "at exit, multiprocessing shuts SyncManager#1 down (the program did not): asks its server process to stop",
        ])
    }

    func testTheNewPhrasesHaveChineseText() {
        for phrase in [Phrase.evFutureUnsent, .evManagerNoAnswer, .evManagerStartWaited, .evExitedEscaped, .noteExitEscaped, .evFutureNeverSent, .summaryExecutorNeverSent, .evFutureCallbackRaised, .summaryExecutorChunkItems, .evManagerShutdown, .evManagerShutdownWith, .evManagerShutdownAtExit] {
            XCTAssertNotNil(Phrase.chinese[phrase], "\(phrase)")
            XCTAssertNotEqual(Phrase.chinese[phrase], Phrase.english[phrase], "\(phrase)")
        }
    }
}
