import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A result that came back as MaybeEncodingError: the row and the pool summary.
final class PoolUnpicklableResultTests: XCTestCase {
    /// r7b_pool_maybe_encoding: "7 of 7 chunks ran" and no failed task, though apply() and map() raised MaybeEncodingError:
    /// two tasks returned generators the workers could not send back. A task that raised keeps its own line.
    func testAPoolSummaryCountsResultsThatCameBackAsMaybeEncodingError() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        s.add(2, pid: 100, process: "MainProcess", .processSpawn, [("child_pid", .int(201)), ("name", .string("ForkPoolWorker-1"))])
        for (job, ok) in [(0, true), (1, false), (2, true)] {
            let ms = Double(10 * (job + 1))
            s.add(ms, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
                  [("job", .int(Int64(job))), ("method", .string("apply_async")), ("chunks", .int(1))])
            s.add(ms + 1, pid: 201, ppid: 100, process: "ForkPoolWorker-1", .taskStart, [("job", .int(Int64(job))), ("index", .int(0))])
            s.add(ms + 2, pid: 201, ppid: 100, process: "ForkPoolWorker-1", .taskEnd, [("job", .int(Int64(job))), ("index", .int(0)), ("ok", .bool(ok))])
            let error = job == 1 ? "ValueError" : "MaybeEncodingError"
            s.add(ms + 3, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolResult, object: "Pool#1",
                  [("job", .int(Int64(job))), ("index", .int(0)), ("ok", .bool(job == 2 ? true : false))] + (job == 2 ? [] : [("error", .string(error))]))
        }
        s.add(100, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(0))])
        let caps = TerminalCapabilities(color: false, unicode: true, width: 300, isInteractive: false)
        let text = SummaryRenderer(timeline: s.timeline(), capabilities: caps).render()
        XCTAssertTrue(text.contains("1 task raised an exception"), text)
        XCTAssertTrue(text.contains("1 task returned, but the parent got an exception in place of the result: the worker could not send "
                                    + "the value back (MaybeEncodingError, raised where the result is read)"), text)
    }

    /// r7b_pool_maybe_encoding: "✓ task 0 → <generator>" in the worker, then "result of task 0 arrives (an exception)":
    /// nothing said that the worker could not pickle the value and sent MaybeEncodingError instead.
    func testAResultThatIsMaybeEncodingErrorSaysTheValueCouldNotBePickled() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolResult, object: "Pool#1",
              [("job", .int(0)), ("index", .int(0)), ("ok", .bool(false)), ("error", .string("MaybeEncodingError"))])
        s.add(2, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolResult, object: "Pool#1",
              [("job", .int(1)), ("index", .int(0)), ("ok", .bool(false)), ("error", .string("ValueError"))])
        let describer = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        XCTAssertEqual(describer.describe(1), "result of task 0 arrives: MaybeEncodingError in place of its value (the worker could not pickle "
                       + "what the task returned, so it sent this error instead)")
        XCTAssertEqual(describer.describe(2), "result of task 1 arrives (an exception)")
    }
}
