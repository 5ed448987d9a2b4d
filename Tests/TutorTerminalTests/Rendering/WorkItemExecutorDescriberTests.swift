import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// r9a_asyncio_awaits_errors, g10a_two_executors: two executors in one run both number their work items from 0, and a
/// row did not say whose work item 0 it was.
final class WorkItemExecutorDescriberTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 200, isInteractive: false))

    private func rows(executors: [(String, String)]) -> [String] {
        var s = DocsExamplesDescriberTests.mainProcess()
        for (i, (label, type)) in executors.enumerated() {
            s.add(1 + Double(i) / 10, pid: 100, process: "MainProcess", .executorCreate, object: label,
                  [("type", .string(type)), ("max_workers", .int(1))])
        }
        let last = executors.last!.0
        s.add(2, pid: 100, process: "MainProcess", .futureSubmit, object: last,
              [("work", .int(0)), ("func", .string("fetch")), ("args", .string("('x',)")), ("method", .string("submit"))])
        s.add(3, pid: 100, process: "MainProcess", thread: "ThreadPoolExecutor-0_0", .futureStart,
              [("work", .int(0)), ("func", .string("fetch")), ("args", .string("('x',)"))])
        s.add(4, pid: 100, process: "MainProcess", thread: "ThreadPoolExecutor-0_0", .futureEnd,
              [("work", .int(0)), ("ok", .bool(true)), ("result", .string("'X'"))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        return timeline.events.indices.suffix(3).map(describer.describe)
    }

    func testSeveralExecutorsRowsNameTheExecutorOfEachWorkItem() {
        XCTAssertEqual(rows(executors: [("ProcessPoolExecutor#1", "ProcessPoolExecutor"), ("ThreadPoolExecutor#1", "ThreadPoolExecutor")]), [
            "submit → work item 0 of ThreadPoolExecutor#1 fetch('x')",
            "▶ work item 0 of ThreadPoolExecutor#1 fetch('x')",
            "✓ work item 0 of ThreadPoolExecutor#1 → 'X'",
        ])
    }

    func testOneExecutorKeepsTheBareNumber() {
        XCTAssertEqual(rows(executors: [("ThreadPoolExecutor#1", "ThreadPoolExecutor")]), [
            "submit → work item 0 fetch('x')",
            "▶ work item 0 fetch('x')",
            "✓ work item 0 → 'X'",
        ])
    }
}
