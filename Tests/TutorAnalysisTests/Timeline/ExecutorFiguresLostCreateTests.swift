import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Perf 30: an executor's figures when the record lost another executor's `executor.create`.
final class ExecutorFiguresLostCreateTests: XCTestCase {
    /// A run whose record lost an executor's `executor.create` (its submits and results name an executor no label
    /// is): the other executor's figures, and no trap. Two submits of the unknown executor made
    /// `ExecutorFigures.owners` read its slot cache's "no label" (-1) as a slot: an index out of range.
    func testSubmitsOfAnExecutorWhoseCreateWasLostCountForNone() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ThreadPoolExecutor#1",
              [("type", .string("ThreadPoolExecutor")), ("max_workers", .int(2))])
        for work in 0..<2 as Range<Int64> {
            let ms = Double(10 * (work + 1))
            s.add(ms, pid: 100, process: "MainProcess", .futureSubmit, object: "ThreadPoolExecutor#1", [("work", .int(work)), ("func", .string("f"))])
            s.add(ms + 1, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#2", [("work", .int(work)), ("func", .string("g"))])
            s.add(ms + 2, pid: 100, process: "MainProcess", thread: "ThreadPoolExecutor-0_0", .futureStart, [("work", .int(work))])
            s.add(ms + 3, pid: 100, process: "MainProcess", thread: "ThreadPoolExecutor-0_0", .futureEnd, [("work", .int(work)), ("ok", .bool(true))])
            s.add(ms + 4, pid: 100, process: "MainProcess", .futureResult, object: "ProcessPoolExecutor#2", [("work", .int(work))])
        }
        let figures = ExecutorFigures.all(s.timeline())
        XCTAssertEqual(figures.map(\.executor), ["ThreadPoolExecutor#1"])
        XCTAssertEqual(figures.first?.submitted, 2)
        XCTAssertEqual(figures.first?.resultsBack, 0, "the results are the lost executor's")
        XCTAssertEqual(figures.first?.perWorker.map(\.items), [2])
    }
}
