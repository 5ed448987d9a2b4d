import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A callback that raised and a terminate() that raised have rows.
final class RaisedCallbackRowTests: XCTestCase {
    private let painter = Painter(capabilities: TerminalCapabilities(color: false, unicode: true, width: 100, isInteractive: false))

    private func described(_ s: EventScript) -> (Timeline, EventDescriber) {
        let timeline = s.timeline()
        return (timeline, EventDescriber(timeline: timeline, painter: painter))
    }

    /// r7a_pool_callback_raises: a callback that raised had no row ("callback store(result of task 1)", then nothing),
    /// and a Pool.terminate() that raised AssertionError had none either.
    func testACallbackThatRaisedAndATerminateThatRaisedHaveRows() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(1))])
        for (job, function, error) in [(Int64(1), "store", "KeyError"), (2, "check", "ValueError: odd result 9")] {
            let at = Double(job) * 10
            s.add(at, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
                  [("job", .int(job)), ("func", .string(function)), ("args", .string("(5,)")), ("method", .string("apply_async"))])
            s.add(at + 1, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolCallback,
                  [("job", .int(job)), ("func", .string(function)), ("error", .bool(false))])
            s.add(at + 2, pid: 100, process: "MainProcess", thread: "Thread-3 (_handle_results)", .poolCallbackEnd,
                  [("job", .int(job)), ("ok", .bool(false)), ("error", .string(error))])
        }
        s.add(30, pid: 100, process: "MainProcess", .poolTerminate, object: "Pool#1",
              [("error", .string("AssertionError: Cannot have cache with result_hander not alive"))])
        let (timeline, describer) = described(s)
        let rows = timeline.events.indices.filter { timeline.events[$0].is(.poolCallbackEnd) || timeline.events[$0].is(.poolTerminate) }
            .map { describer.describe($0) }
        XCTAssertEqual(rows, [
            "callback store for task 1 raised KeyError: the Pool's result-handler thread swallows a KeyError without a word (it takes it "
                + "for a task no longer in its cache), so task 1 is never marked ready: wait() and get() on it can only time out",
            "callback check for task 2 raised ValueError: odd result 9: the exception ends the Pool's result-handler thread, so no later "
                + "result of this Pool reaches the parent, and task 2 is never marked ready (a get() without a timeout waits forever)",
            "Pool#1.terminate() raised AssertionError: Cannot have cache with result_hander not alive"])
    }
}
