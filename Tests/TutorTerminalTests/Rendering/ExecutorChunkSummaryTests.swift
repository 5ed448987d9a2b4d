import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// An executor's summary: the items a map's chunks hold, a result that came back as an exception.
final class ExecutorChunkSummaryTests: XCTestCase {
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

    /// r8_futures_generator_result: "2 results came back on its manager thread" where one was the TypeError the worker
    /// sent because the item's generator could not be pickled (its future.end ok, then a second end `unsent`).
    func testAResultThatCameBackAsAnExceptionIsSaidInTheExecutorSummary() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1",
              [("type", .string("ProcessPoolExecutor")), ("max_workers", .int(2))])
        for (work, pid) in [(0, 201), (1, 202)] as [(Int64, Int32)] {
            let ms = Double(10 * (work + 1))
            s.add(ms, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#1", [("work", .int(work)), ("func", .string("f"))])
            s.add(ms + 1, pid: pid, ppid: 100, process: "ForkProcess-\(work + 1)", .futureStart, [("work", .int(work))])
            s.add(ms + 2, pid: pid, ppid: 100, process: "ForkProcess-\(work + 1)", .futureEnd, [("work", .int(work)), ("ok", .bool(true))])
            if work == 0 {
                s.add(ms + 3, pid: pid, ppid: 100, process: "ForkProcess-1", .futureEnd,
                      [("work", .int(0)), ("ok", .bool(false)), ("result", .string("TypeError: cannot pickle 'generator' object")), ("unsent", .bool(true))])
            }
            s.add(ms + 4, pid: 100, process: "MainProcess", thread: "Thread-1", .futureResult, object: "ProcessPoolExecutor#1",
                  [("work", .int(work)), ("ok", .bool(work != 0))] + (work == 0 ? [("error", .string("TypeError"))] : []))
        }
        s.add(100, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        let caps = TerminalCapabilities(color: false, unicode: true, width: 300, isInteractive: false)
        let text = SummaryRenderer(timeline: s.timeline(), capabilities: caps).render()
        XCTAssertTrue(text.contains("2 results came back on its manager thread (1 of them an exception in place of the value: the item "
                                    + "returned something its worker could not pickle)"), text)
        XCTAssertFalse(text.contains("raised an exception"), text)
    }
}
