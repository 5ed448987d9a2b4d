import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Rows that were false or misleading in round 6, part A of the truth review (corpus/r6a_*.py; docs/truth-review.md).
final class TruthRound6ADescriberTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    /// r6a_futures_first_exception: after wait(FIRST_EXCEPTION), "cancel() → False: work item 5 was already handed to
    /// a worker (running), so it runs on" while item 5 sat in the executor's call queue: no worker had it. A
    /// ProcessPoolExecutor marks a Future running when it moves the item to its call queue (max_workers + 1 deep).
    func testACancelOfAnItemOnlyInTheCallQueueDoesNotSayAWorkerHasIt() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1",
              [("type", .string("ProcessPoolExecutor")), ("max_workers", .int(2))])
        for work in Int64(0)..<3 {
            s.add(2, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1",
                  [("work", .int(work)), ("func", .string("job")), ("args", .string("()")), ("method", .string("submit"))])
        }
        s.add(3, pid: 101, process: "ForkProcess-1", .futureStart, [("work", .int(0)), ("func", .string("job")), ("args", .string("()"))])
        s.add(4, pid: 102, process: "ForkProcess-2", .futureStart, [("work", .int(1)), ("func", .string("job")), ("args", .string("()"))])
        s.add(4.5, pid: 102, process: "ForkProcess-2", .futureEnd, [("work", .int(1)), ("ok", .bool(true)), ("result", .string("10"))])
        for work in Int64(0)..<3 {
            s.add(5, pid: 100, process: "MainProcess", .futureCancel, object: "ProcessPoolExecutor#1",
                  [("work", .int(work)), ("ok", .bool(false)), ("call", .string("cancel()")), ("state", .string("running"))])
        }
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        let rows = timeline.events.indices.filter { timeline.events[$0].is(.futureCancel) }.map(describer.describe)
        XCTAssertEqual(rows, [
            "cancel() → False: work item 0 is running in ForkProcess-1, so cancel() cannot stop it",
            "cancel() → False: work item 1 has already run in ForkProcess-2 (its Future is set when its result is back), so cancel() cannot stop it",
            "cancel() → False: work item 2 was already sent to ProcessPoolExecutor#1's call queue, which its workers read "
                + "(its Future says running, though no worker had started it yet), so cancel() cannot stop it",
        ])
    }

    /// r6a_futures_first_exception: "1 cancelled before they started".
    func testOneCancelledItemIsSingular() {
        XCTAssertEqual(Phrase.summaryExecutorCancelled.text(in: .en, ["n": 1]), ", 1 cancelled before starting (never ran)")
        XCTAssertEqual(Phrase.summaryExecutorCancelled.text(in: .en, ["n": 3]), ", 3 cancelled before starting (never ran)")
    }

    /// r6a_pool_never_closed: a Pool made in main() and never closed; when main() returned it was garbage-collected
    /// and its finalizer SIGTERMed the workers. No row said so, and the note said "MainProcess called terminate() on it".
    func testAPoolTerminatedByItsFinalizerSaysSoInTheRowAndTheNote() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1"))])
        s.add(3, pid: 201, process: "ForkPoolWorker-1", .processStart, [("name", .string("ForkPoolWorker-1")), ("role", .string("child"))])
        s.add(10, pid: 100, process: "MainProcess", .poolTerminate, object: "Pool#1", [("by", .string("collected"))])
        s.add(11, pid: 100, process: "MainProcess", .processTerminate,
              [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1")), ("at_exit", .bool(false))])
        s.add(12, pid: 100, process: "MainProcess", .processReaped,
              [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1")), ("exitcode", .int(-15))])
        s.add(20, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(4), "Pool#1 was garbage-collected with workers still alive (the program never joined or terminated it): "
                       + "its finalizer terminates the pool")
        let notes = Annotator(timeline: timeline).notes().map(\.text)
        XCTAssertTrue(notes.contains { $0.contains("(Pool#1's finalizer sent it: the program never joined or terminated Pool#1, and the Pool object "
                                                   + "was garbage-collected") }, "\(notes)")
        XCTAssertFalse(notes.contains { $0.contains("called terminate() on it") }, "\(notes)")
        let replayer = StateReplayer(timeline: timeline)
        XCTAssertTrue(NotePremise.signalSent(childPid: 201, call: StateQueries.poolCollected, beforeStep: 6).holds(in: replayer))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: Annotator(timeline: timeline).notes(), recorded: s.events).violations().count, 0)
    }

    /// r6a_pool_imap_progress_starmap_cb: starmap_async of three chunks on two workers with a callback; the note said
    /// "task 1 was computed by ForkPoolWorker-2 (pid 202)": only its first chunk was.
    func testACallbackOfSeveralChunksNamesEveryWorkerThatComputedThem() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(2))])
        for (pid, name) in [(Int32(201), "ForkPoolWorker-1"), (Int32(202), "ForkPoolWorker-2")] {
            s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(Int64(pid))), ("name", .string(name))])
            s.add(3, pid: pid, process: name, .processStart, [("name", .string(name)), ("role", .string("child"))])
        }
        s.add(4, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
              [("job", .int(1)), ("func", .string("power")), ("chunks", .int(3)), ("method", .string("starmap_async"))])
        for (i, (pid, name)) in [(Int32(202), "ForkPoolWorker-2"), (Int32(201), "ForkPoolWorker-1"), (Int32(201), "ForkPoolWorker-1")].enumerated() {
            let at = 5 + Double(i) * 2
            s.add(at, pid: pid, process: name, .taskStart, object: "Pool#1",
                  [("job", .int(1)), ("index", .int(Int64(i))), ("func", .string("power")), ("items", .int(1))])
            s.add(at + 1, pid: pid, process: name, .taskEnd, object: "Pool#1", [("job", .int(1)), ("index", .int(Int64(i))), ("ok", .bool(true))])
            s.add(at + 1.5, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolResult, object: "Pool#1",
                  [("job", .int(1)), ("index", .int(Int64(i))), ("ok", .bool(true))])
        }
        s.add(12, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolCallback, object: "Pool#1",
              [("job", .int(1)), ("func", .string("list.extend")), ("error", .bool(false))])
        let timeline = s.timeline()
        let notes = Annotator(timeline: timeline).notes().map(\.text)
        XCTAssertTrue(notes.contains { $0.contains(": task 1 ran as 3 chunks, computed by ForkPoolWorker-2 (pid 202) and ForkPoolWorker-1 (pid 201); the callback gets") },
                      "\(notes)")
        XCTAssertFalse(notes.contains { $0.contains("task 1 was computed by") }, "\(notes)")
    }

    /// r6a_logging_queue_listener: the manager's thread serving a QueueListener's thread was the lane
    /// "SyncManager-3 · _monitor" and its end "thread MainProcess|Thread-4 (_monitor) ends", as if the manager had a
    /// _monitor thread: the server renames a connection's thread to its client, `process|thread` for a non-main thread.
    func testAManagersThreadServingAClientThreadIsNotThatThread() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 300, process: "SyncManager-3", .processStart, [("name", .string("SyncManager-3")), ("role", .string("manager"))])
        s.add(2, pid: 300, process: "SyncManager-3", thread: "MainProcess|Thread-4 (_monitor)", .threadExit,
              [("name", .string("MainProcess|Thread-4 (_monitor)"))])
        s.add(3, pid: 300, process: "SyncManager-3", thread: "Thread-5 (handle_request)", .threadExit, [("name", .string("Thread-5 (handle_request)"))])
        s.add(4, pid: 300, process: "SyncManager-3", thread: "ForkPoolWorker-1", .threadExit, [("name", .string("ForkPoolWorker-1"))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(2), "the thread serving MainProcess|Thread-4 (_monitor) ends")
        XCTAssertEqual(describer.describe(3), "thread Thread-5 (handle_request) ends")
        XCTAssertEqual(describer.describe(4), "the thread serving ForkPoolWorker-1 ends")
        let labels = timeline.lanes.map(\.label)
        XCTAssertTrue(labels.contains("SyncManager-3 · serves MainProcess|Thread-4 (_monitor)"), "\(labels)")
        XCTAssertFalse(labels.contains("SyncManager-3 · _monitor"), "\(labels)")
    }

    /// r6a_futures_exception_unpicklable: "ProcessPoolExecutor#1 is broken: 1 pending work item fail with
    /// BrokenProcessPool" and the note "marked itself broken" with no cause: no worker died; the manager thread could
    /// not unpickle the ValidationError work item 1 raised (its __init__ takes two arguments).
    func testABrokenExecutorWhoseResultCouldNotBeUnpickledSaysSo() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1",
              [("type", .string("ProcessPoolExecutor")), ("max_workers", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn,
              [("child_pid", .int(201)), ("name", .string("ForkProcess-1")), ("executor", .string("ProcessPoolExecutor#1"))])
        s.add(3, pid: 201, process: "ForkProcess-1", .processStart, [("name", .string("ForkProcess-1")), ("role", .string("child"))])
        for work in Int64(0)..<2 {
            s.add(4, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1",
                  [("work", .int(work)), ("func", .string("validate")), ("args", .string("()")), ("method", .string("submit"))])
        }
        s.add(5, pid: 201, process: "ForkProcess-1", .futureStart, [("work", .int(0)), ("func", .string("validate")), ("args", .string("()"))])
        s.add(6, pid: 201, process: "ForkProcess-1", .futureEnd, [("work", .int(0)), ("ok", .bool(true)), ("result", .string("'ann'"))])
        s.add(7, pid: 100, process: "MainProcess", thread: "Thread-1", .futureResult, object: "ProcessPoolExecutor#1",
              [("work", .int(0)), ("ok", .bool(true)), ("error", .null)])
        s.add(8, pid: 201, process: "ForkProcess-1", .futureStart, [("work", .int(1)), ("func", .string("validate")), ("args", .string("()"))])
        s.add(9, pid: 201, process: "ForkProcess-1", .futureEnd, [("work", .int(1)), ("ok", .bool(false)), ("result", .string("ValidationError"))])
        let error = "TypeError: ValidationError.__init__() missing 1 required positional argument: 'value'"
        s.add(20, pid: 100, process: "MainProcess", thread: "Thread-1", .executorBroken, object: "ProcessPoolExecutor#1",
              [("pending", .int(1)), ("error", .string("['Traceback…result_reader.recv()…']")), ("unreadable_result", .string(error))])
        let timeline = s.timeline()
        let broken = timeline.events.indices.last!
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(broken), "ProcessPoolExecutor#1 is broken: its 1 pending work item fails with BrokenProcessPool")
        let notes = Annotator(timeline: timeline).notes()
        let note = notes.first { $0.eventIndex == broken }
        XCTAssertEqual(note?.text, "No worker died: ProcessPoolExecutor#1's manager thread could not unpickle what a worker sent back for "
                       + "work item 1 (\(error); for example an exception class whose __init__ cannot be called again with the args it passed to "
                       + "Exception). The executor treats that like a lost worker: it fails its 1 pending Future with BrokenProcessPool, whose "
                       + "message speaks of a process \"terminated abruptly\" though none was, and terminates its workers.")
        XCTAssertEqual(note?.premise, .unreadableResult(brokenStep: broken, work: 1))
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes, recorded: s.events).violations().count, 0)
    }
}
