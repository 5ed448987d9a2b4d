import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A work item that could not be sent never reached a worker, and the rows say so.
final class ExecutorUnsentItemRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

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

    /// Gaps 12B (r11_executor_manager_lock_queue): "(RuntimeError: its function or arguments could not be pickled)" did not
    /// quote "Lock objects should only be shared between processes through inheritance" nor name the Lock argument.
    func testTheMessageAndTheArgumentAreNamedWhenRecorded() {
        func row(_ extra: [(String, JSONValue)]) -> String {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1", [("max_workers", .int(2))])
            s.add(2, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1",
                  [("work", .int(0)), ("func", .string("work")), ("args", .string("(1, <Lock>)"))])
            let unsent = s.add(3, pid: 100, process: "MainProcess", thread: "QueueFeederThread", .futureResult, object: "ProcessPoolExecutor#1",
                               [("work", .int(0)), ("ok", .bool(false)), ("error", .string("RuntimeError")), ("unsent", .bool(true))] + extra)
            return EventDescriber(timeline: s.timeline(), painter: painter).describe(unsent)
        }
        let message: (String, JSONValue) = ("message", .string("RuntimeError: Lock objects should only be shared between processes through inheritance"))
        XCTAssertEqual(row([message, ("argument", .string("lock")), ("argument_type", .string("Lock"))]),
                       "work item 0 never reached a worker: its argument lock (a Lock) could not be pickled (RuntimeError: Lock objects should "
                       + "only be shared between processes through inheritance), so sending it failed and its Future holds that exception")
        XCTAssertEqual(row([message]), "work item 0 never reached a worker: sending it failed (RuntimeError: Lock objects should only be shared "
                       + "between processes through inheritance), so its Future holds that exception")
    }
}
