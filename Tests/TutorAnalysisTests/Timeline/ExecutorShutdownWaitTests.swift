import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// The waiting summary counted `shutdown()`'s wait for an executor's workers as "future result" (r3_as_completed_
/// exception: a wait the program never made for a result).
final class ExecutorShutdownWaitTests: XCTestCase {
    func testShutdownsWaitIsItsOwnReasonFinishedOrNot() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(10, pid: 100, process: "MainProcess", .executorWait, object: "ProcessPoolExecutor#1",
              [("call", .string("as_completed()")), ("pending", .int(1))])
        s.add(60, pid: 100, process: "MainProcess", .executorWaited, object: "ProcessPoolExecutor#1",
              [("call", .string("as_completed()")), ("waited_ns", .int(50_000_000)), ("ok", .bool(true)), ("pending", .int(0))])
        s.add(100, pid: 100, process: "MainProcess", .executorWait, object: "ProcessPoolExecutor#1",
              [("call", .string("shutdown()")), ("pending", .int(0))])
        s.add(130, pid: 100, process: "MainProcess", .executorWaited, object: "ProcessPoolExecutor#1",
              [("call", .string("shutdown()")), ("waited_ns", .int(30_000_000)), ("ok", .bool(true)), ("pending", .int(0))])
        s.add(200, pid: 100, process: "MainProcess", .executorWait, object: "ProcessPoolExecutor#2",
              [("call", .string("shutdown()")), ("pending", .int(1))])
        s.add(1200, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15))])
        guard let main = ProcessTimeAnalysis(s.timeline()).processes.first else { return XCTFail("no process") }
        let waits = Dictionary(uniqueKeysWithValues: main.waits.map { ($0.reason, $0.ns) })
        // Round 12's lead: as_completed() waits on several work items, not one Future's result().
        XCTAssertEqual(waits["as_completed()"], 50_000_000, "only as_completed() waited for results")
        XCTAssertNil(waits["future result"])
        XCTAssertEqual(waits["executor shutdown"], 1_030_000_000, "a shutdown() that returned, and one that never did")
    }

    /// Gaps 12B (r11_executor_partial_map): `list(ex.map(...))`'s wait for its next result was counted as "future result"
    /// while its rows say map(); a plain result() wait stays "future result", a map() wait never ended too is map()'s.
    func testExecutorMapsWaitIsCountedUnderMap() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(10, pid: 100, process: "MainProcess", .futureWait, object: "ProcessPoolExecutor#1", [("work", .int(0)), ("call", .string("map()"))])
        s.add(50, pid: 100, process: "MainProcess", .futureWaited, object: "ProcessPoolExecutor#1",
              [("work", .int(0)), ("waited_ns", .int(40_000_000)), ("ok", .bool(true))])
        s.add(60, pid: 100, process: "MainProcess", .futureWait, object: "ProcessPoolExecutor#1", [("work", .int(1))])
        s.add(80, pid: 100, process: "MainProcess", .futureWaited, object: "ProcessPoolExecutor#1",
              [("work", .int(1)), ("waited_ns", .int(20_000_000)), ("ok", .bool(true))])
        s.add(100, pid: 100, process: "MainProcess", .futureWait, object: "ProcessPoolExecutor#1", [("work", .int(2)), ("call", .string("map()"))])
        s.add(300, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15))])
        guard let main = ProcessTimeAnalysis(s.timeline()).processes.first else { return XCTFail("no process") }
        XCTAssertEqual(main.waits.map(\.reason), ["executor map()", "future result"])
        let waits = Dictionary(uniqueKeysWithValues: main.waits.map { ($0.reason, $0.ns) })
        XCTAssertEqual(waits["executor map()"], 240_000_000, "40 ms that ended, 200 ms until the process ended")
        XCTAssertEqual(waits["future result"], 20_000_000)
    }

    /// `concurrent.futures.wait()` and `as_completed()` were counted as "future result" (gaps 12B's "Left"): each is
    /// its own reason, finished or not, and says so in Chinese too.
    func testWaitAndAsCompletedAreTheirOwnReasons() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(10, pid: 100, process: "MainProcess", .executorWait, object: "ThreadPoolExecutor#1",
              [("call", .string("wait()")), ("pending", .int(2))])
        s.add(40, pid: 100, process: "MainProcess", .executorWaited, object: "ThreadPoolExecutor#1",
              [("call", .string("wait()")), ("waited_ns", .int(30_000_000)), ("ok", .bool(true)), ("pending", .int(1))])
        s.add(50, pid: 100, process: "MainProcess", .executorWait, object: "ThreadPoolExecutor#1",
              [("call", .string("as_completed()")), ("pending", .int(1))])
        s.add(250, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15))])
        guard let main = ProcessTimeAnalysis(s.timeline()).processes.first else { return XCTFail("no process") }
        let waits = Dictionary(uniqueKeysWithValues: main.waits.map { ($0.reason, $0.ns) })
        XCTAssertEqual(waits["futures wait()"], 30_000_000)
        XCTAssertEqual(waits["as_completed()"], 200_000_000, "an as_completed() that never returned")
        XCTAssertNil(waits["future result"])
        XCTAssertEqual(Phrase.waitReason("futures wait()", in: .zh), "concurrent.futures.wait()")
    }
}
