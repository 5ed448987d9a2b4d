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
        XCTAssertEqual(waits["future result"], 50_000_000, "only as_completed() waited for results")
        XCTAssertEqual(waits["executor shutdown"], 1_030_000_000, "a shutdown() that returned, and one that never did")
    }
}
