import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 11B (g11b_future_unread_errors): a work item's exception whose Future no result()/exception() read was said
/// nowhere (gaps 10A's left list), while a Pool's unread errors are named in its summary.
final class UnreadFutureErrorsSummaryTests: XCTestCase {
    private let capabilities = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    /// ThreadPoolExecutor#1: work items 0, 1, 2 and 3 raise; 1 is read with result() once done (`future.read`), 2 with
    /// exception() while it ran (`future.waited`), 3's result(timeout) gave up first; 0 is never read. `reads`: the
    /// tracer records such reads (an older record has no `reads` and says nothing).
    private func script(reads: Bool) -> EventScript {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 10, process: "MainProcess", .executorCreate, object: "ThreadPoolExecutor#1",
              [("type", .string("ThreadPoolExecutor")), ("max_workers", .int(1))] + (reads ? [("reads", .bool(true))] : []))
        for work in 0..<4 {
            let t = 2 + Double(work)
            s.add(t, pid: 10, process: "MainProcess", .futureSubmit, object: "ThreadPoolExecutor#1",
                  [("work", .int(Int64(work))), ("func", .string("risky")), ("method", .string("submit"))])
            s.add(t + 0.1, pid: 10, process: "MainProcess", thread: "ThreadPoolExecutor-0_0", .futureStart,
                  [("work", .int(Int64(work))), ("func", .string("risky"))])
            s.add(t + 0.5, pid: 10, process: "MainProcess", thread: "ThreadPoolExecutor-0_0", .futureEnd,
                  [("work", .int(Int64(work))), ("ok", .bool(false)), ("result", .string("ValueError: bad"))])
        }
        s.add(7, pid: 10, process: "MainProcess", .futureRead, object: "ThreadPoolExecutor#1", [("work", .int(1)), ("call", .string("result()"))])
        s.add(8, pid: 10, process: "MainProcess", .futureWaited, object: "ThreadPoolExecutor#1",
              [("work", .int(2)), ("waited_ns", .int(1_000)), ("ok", .bool(true)), ("error", .null)])
        s.add(9, pid: 10, process: "MainProcess", .futureWaited, object: "ThreadPoolExecutor#1",
              [("work", .int(3)), ("waited_ns", .int(1_000)), ("ok", .bool(false)), ("error", .string("TimeoutError"))])
        return s
    }

    func testAWorkItemsErrorNobodyReadIsNamedInTheExecutorsSummary() {
        let timeline = script(reads: true).timeline()
        let summary = SummaryRenderer(timeline: timeline, capabilities: capabilities).render()
        XCTAssertTrue(summary.contains("errors nobody read: work item 0: ValueError; work item 3: ValueError. Each was raised in its "
                                       + "work item; no result() or exception() read it, so no exception reached the program's code "
                                       + "(result() would have raised it)"), summary)
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: capabilities))
        let read = timeline.events.firstIndex { $0.is(.futureRead) }!
        XCTAssertEqual(describer.describe(read), "result() of work item 1, already done: the program gets the exception the work item raised")
    }

    func testAnOlderRecordWithoutReadsSaysNothing() {
        let summary = SummaryRenderer(timeline: script(reads: false).timeline(), capabilities: capabilities).render()
        XCTAssertFalse(summary.contains("errors nobody read"), summary)
    }
}
