import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// cancel() rows: a work item only in the call queue, one cancelled item, a cancel asyncio made.
final class CancelRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    private func described(_ s: EventScript) -> (Timeline, EventDescriber) {
        let timeline = s.timeline()
        return (timeline, EventDescriber(timeline: timeline, painter: painter))
    }

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

    /// r7a_asyncio_process_pool: "cancel() → False: work item 3 is running in ForkProcess-2" as if the program had called
    /// cancel(): asyncio did, when wait_for() timed out and cancelled the asyncio future wrapping the work item's Future.
    func testACancelAsyncioMadeSaysAsyncioMadeIt() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1",
              [("type", .string("ProcessPoolExecutor")), ("max_workers", .int(2))])
        s.add(2, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1",
              [("work", .int(3)), ("func", .string("slow")), ("args", .string("(1.0,)")), ("method", .string("submit"))])
        s.add(3, pid: 202, ppid: 100, process: "ForkProcess-2", .futureStart, [("work", .int(3)), ("func", .string("slow")), ("args", .string("(1.0,)"))])
        s.add(303, pid: 100, process: "MainProcess", .futureCancel, object: "ProcessPoolExecutor#1",
              [("work", .int(3)), ("ok", .bool(false)), ("call", .string("asyncio")), ("state", .string("running"))])
        let (timeline, describer) = described(s)
        XCTAssertEqual(describer.describe(timeline.events.count - 1), "asyncio, not the program, calls cancel() on work item 3's Future (the "
                       + "asyncio future that wraps it, from run_in_executor(), was cancelled, for example by wait_for()'s timeout): "
                       + "cancel() → False: work item 3 is running in ForkProcess-2, so cancel() cannot stop it")
    }
}
