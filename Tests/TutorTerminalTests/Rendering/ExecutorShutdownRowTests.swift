import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// One shutdown() call has one return row.
final class ExecutorShutdownRowTests: XCTestCase {
    /// Every docs_futures_* example: "shutdown() returned" and "….shutdown(wait=True) returned" for one call.
    func testOneShutdownCallHasOneReturnRow() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorWait, object: "ThreadPoolExecutor#1",
              [("call", .string("shutdown()")), ("pending", .int(-1)), ("works", .array([])), ("timeout", .null), ("executors", .null)])
        s.add(2, pid: 100, process: "MainProcess", thread: "ThreadPoolExecutor-0_0", .threadExit, [("name", .string("ThreadPoolExecutor-0_0"))])
        s.add(4, pid: 100, process: "MainProcess", .executorWaited, object: "ThreadPoolExecutor#1",
              [("call", .string("shutdown()")), ("waited_ns", .int(3_000_000)), ("ok", .bool(true)), ("pending", .int(-1))])
        s.add(4.01, pid: 100, process: "MainProcess", .executorShutdown, object: "ThreadPoolExecutor#1",
              [("wait", .bool(true)), ("waited_ns", .int(3_010_000))])
        // a shutdown() that raised has no executor.shutdown after it: its own end stays
        s.add(5, pid: 100, process: "MainProcess", .executorWait, object: "ThreadPoolExecutor#2",
              [("call", .string("shutdown()")), ("pending", .int(-1)), ("works", .array([])), ("timeout", .null)])
        s.add(9, pid: 100, process: "MainProcess", .executorWaited, object: "ThreadPoolExecutor#2",
              [("call", .string("shutdown()")), ("waited_ns", .int(4_000_000)), ("ok", .bool(false)), ("pending", .int(-1))])
        var options = TimelineRenderer.Options()
        options.wrapsRows = true
        let text = TimelineRenderer(timeline: s.timeline(), notes: [], capabilities: .plain, options: options).render()
        let returns = text.split(separator: "\n").filter { $0.contains("returned") || $0.contains("gave up") }
        XCTAssertEqual(returns.count, 2, text)
        XCTAssertTrue(returns[0].contains("ThreadPoolExecutor#1.shutdown(wait=True) returned after 3 ms"), text)
        XCTAssertTrue(returns[1].contains("shutdown() gave up"), text)
    }
}
