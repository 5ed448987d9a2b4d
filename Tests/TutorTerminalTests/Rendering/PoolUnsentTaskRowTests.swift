import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A task the handler could not send never arrives; a result that could not be sent back is no raise.
final class PoolUnsentTaskRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    private func rows(_ s: EventScript) -> [String] {
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        return timeline.events.indices.dropFirst().map(describer.describe)
    }

    /// r3_lambda_pickling: "3× result of task 0 arrives (an exception)": the task handler could not pickle the lambda
    /// and set each chunk's result itself; no worker ever saw the task.
    func testATaskTheHandlerCouldNotSendNeverArrives() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", thread: "Thread-2 (_handle_tasks)", .poolResult, object: "Pool#1",
              [("job", .int(0)), ("index", .int(1)), ("ok", .bool(false))])
        s.add(2, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolResult, object: "Pool#1",
              [("job", .int(1)), ("index", .int(0)), ("ok", .bool(false))])
        XCTAssertEqual(rows(s), [
            "task 0.1 never reached a worker: the task handler failed to send it (for example, it could not be pickled) and set its result to that exception",
            "result of task 1 arrives (an exception)",
        ])
    }

    /// r5a_futures_unpicklable: "✓ work item 1 → <lock>" then "✗ work item 1 raised TypeError: cannot pickle …": the
    /// function returned; what failed was sending its result back.
    func testAResultThatCouldNotBeSentBackIsNotARaise() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 101, process: "ForkProcess-1", .futureStart, [("work", .int(1)), ("func", .string("make_lock")), ("args", .string("(0,)"))])
        s.add(2, pid: 101, process: "ForkProcess-1", .futureEnd, [("work", .int(1)), ("ok", .bool(true)), ("result", .string("<lock>"))])
        s.add(3, pid: 101, process: "ForkProcess-1", .futureEnd,
              [("work", .int(1)), ("ok", .bool(false)), ("result", .string("TypeError: cannot pickle '_thread.lock' object")), ("unsent", .bool(true))])
        s.add(4, pid: 101, process: "ForkProcess-1", .futureEnd, [("work", .int(2)), ("ok", .bool(false)), ("result", .string("ValueError: bad"))])
        let timeline = s.timeline()
        let describer = EventDescriber(timeline: timeline, painter: painter)
        XCTAssertEqual(describer.describe(3),
                       "✗ work item 1 returned, but its result could not be sent back: TypeError: cannot pickle '_thread.lock' object")
        XCTAssertEqual(describer.describe(4), "✗ work item 2 raised ValueError: bad")
    }
}
