import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Perf 31: an executor's figures, kept by work item number, on numbers a hostile transcript may hold.
final class ExecutorFiguresHostileNumbersTests: XCTestCase {
    /// Work numbers with gaps, negative and near `Int64.max`, one started twice, one never ended, one whose end is
    /// another number's, and a second executor whose create the record lost: the figures of each item as the record
    /// shows it, and no trap.
    func testGapsNegativeHugeAndRepeatedWorkNumbers() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .executorCreate, object: "ThreadPoolExecutor#1",
              [("type", .string("ThreadPoolExecutor")), ("max_workers", .int(2))])
        let numbers: [Int64] = [0, 7, -3, Int64.max, 40_000_000]
        var ms = 2.0
        for work in numbers {
            s.add(ms, pid: 100, process: "MainProcess", .futureSubmit, object: "ThreadPoolExecutor#1", [("work", .int(work)), ("func", .string("f"))])
            s.add(ms + 0.1, pid: 100, process: "MainProcess", .futureSubmit, object: "ProcessPoolExecutor#9", [("work", .int(work))])
            ms += 1
        }
        for (k, work) in numbers.enumerated() {
            let thread = k % 2 == 0 ? "ThreadPoolExecutor-0_0" : "ThreadPoolExecutor-0_1"
            s.add(ms, pid: 100, process: "MainProcess", thread: thread, .futureStart, [("work", .int(work))])
            if work == 40_000_000 { ms += 1; continue }   // never ended
            let endWork = work == 7 ? 8 : work            // an end of another number
            let ok = work != -3
            s.add(ms + 0.5, pid: 100, process: "MainProcess", thread: thread, .futureEnd,
                  [("work", .int(endWork)), ("ok", .bool(ok)), ("result", .string(ok ? "1" : "ValueError: no"))])
            ms += 1
        }
        // Item 0 started a second time: it was started already, so no executor owns this start.
        s.add(ms, pid: 100, process: "MainProcess", thread: "ThreadPoolExecutor-0_1", .futureStart, [("work", .int(0))])
        let figures = ExecutorFigures.all(s.timeline())
        XCTAssertEqual(figures.map(\.executor), ["ThreadPoolExecutor#1"])
        guard let x = figures.first else { return }
        XCTAssertEqual(x.submitted, 5)
        XCTAssertEqual(x.perWorker.map(\.worker), ["MainProcess · ThreadPoolExecutor-0_0", "MainProcess · ThreadPoolExecutor-0_1"])
        XCTAssertEqual(x.perWorker.map(\.items), [3, 2], "the second start of item 0 is nobody's")
        XCTAssertEqual(x.raised, 1)
        XCTAssertEqual(x.raisedWork.map(\.work), [-3])
        XCTAssertEqual(x.raisedWork.map(\.error), ["ValueError"])
        XCTAssertEqual(x.cut, [], "the process never ended: an item without an end is not cut short")
        XCTAssertEqual(x.endedNotBack.count, 0)
    }
}
