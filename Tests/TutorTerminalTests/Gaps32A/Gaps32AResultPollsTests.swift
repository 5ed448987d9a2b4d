import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 32A, part 2: a status loop's `result(timeout=0)` polls (round 30F's job-status poller) wrote two rows per call,
/// 160 rows in its fork run. From the second call on, each timed-out `result()` of the same thread on the same executor
/// joins the first one's row, which says how many calls gave up, over how long, and which work items had not finished.
final class Gaps32AResultPollsTests: XCTestCase {
    private let capabilities = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    private func render(_ timeline: Timeline, notes: [Note] = []) -> String {
        var options = TimelineRenderer.Options()
        options.full = true
        return TimelineRenderer(timeline: timeline, notes: notes, capabilities: capabilities, options: options).render()
    }

    /// The calls each folded row counts, and the rows of one timed-out result() left as they were: together, every
    /// timed-out `result()` of the record, once.
    private func calls(in text: String) -> (folded: Int, rows: Int, single: Int) {
        var folded = 0, rows = 0, single = 0
        for line in text.split(separator: "\n") {
            if let range = line.range(of: #"(\d+) calls of result\(timeout="#, options: .regularExpression) {
                folded += Int(line[range].split(separator: " ")[0]) ?? 0
                rows += 1
            } else if line.contains("raised TimeoutError: its timeout of") {
                single += 1
            }
        }
        return (folded, rows, single)
    }

    func testTheJobStatusPollersCallsFoldAndEachIsCountedOnce() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r30f_job_status_poller--\(method)")
            let timedOut = timeline.events.filter { $0.is(.futureWaited) && $0.ok == false && $0.string(EventField.error) == "TimeoutError" }.count
            XCTAssertGreaterThan(timedOut, 40, method)
            let text = render(timeline, notes: Gaps16BTests.notes(timeline))
            let counted = calls(in: text)
            XCTAssertEqual(counted.folded + counted.single, timedOut, "\(method): \(text)")
            XCTAssertGreaterThan(counted.rows, 5, method)
            XCTAssertLessThan(counted.rows + counted.single, timedOut / 3, method)
            // the first sweep: all eight pages queued or running
            XCTAssertTrue(text.contains("8 calls of result(timeout=0) raised TimeoutError, one after another over"), "\(method): \(text)")
            XCTAssertTrue(text.contains("work items 0, 1, 2, 3, 4, 5, 6, 7 had not finished (a timed-out result() leaves its work item queued or running)"),
                          "\(method): \(text)")
            let zh = Language.with(.zh) { render(timeline, notes: Gaps16BTests.notes(timeline)) }
            XCTAssertTrue(zh.contains("8 次 result(timeout=0) 调用接连抛出 TimeoutError"), zh)
        }
    }

    /// Two items polled, then the third's result() returns: the two timed-out calls fold, the returned one keeps its rows.
    func testACallThatReturnedKeepsItsRows() {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 10, process: "MainProcess", .executorCreate, object: "ProcessPoolExecutor#1", [("max_workers", .int(2))])
        var t = 2.0
        for work in 0..<4 {
            let gaveUp = work < 3
            s.add(t, pid: 10, process: "MainProcess", .futureWait, object: "ProcessPoolExecutor#1",
                  [("work", .int(Int64(work))), ("call", .string("result()")), ("timeout", .int(0))])
            t += 0.3
            s.add(t, pid: 10, process: "MainProcess", .futureWaited, object: "ProcessPoolExecutor#1",
                  [("work", .int(Int64(work))), ("waited_ns", .int(300_000))]
                  + (gaveUp ? [("ok", .bool(false)), ("error", .string("TimeoutError"))] : [("ok", .bool(true))]))
            t += 0.2
        }
        let text = render(s.timeline())
        XCTAssertTrue(text.contains("3 calls of result(timeout=0) raised TimeoutError, one after another over 1 ms: work items 0, 1, 2 had not finished"), text)
        XCTAssertEqual(text.components(separatedBy: "waits in result()").count - 1, 2, text)     // the first call's and the last's
        XCTAssertFalse(text.contains("result() of work item 3 raised"), text)
        // one call that gave up is shown as before
        var one = EventScript()
        one.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        one.add(2, pid: 10, process: "MainProcess", .futureWait, object: "ProcessPoolExecutor#1",
                [("work", .int(0)), ("call", .string("result()")), ("timeout", .int(0))])
        one.add(3, pid: 10, process: "MainProcess", .futureWaited, object: "ProcessPoolExecutor#1",
                [("work", .int(0)), ("waited_ns", .int(300_000)), ("ok", .bool(false)), ("error", .string("TimeoutError"))])
        let single = render(one.timeline())
        XCTAssertFalse(single.contains("calls of result("), single)
        XCTAssertTrue(single.contains("result() of work item 0 raised TimeoutError"), single)
    }
}
