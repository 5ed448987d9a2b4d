import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// pool-callback changed so that the callback calls pool.apply() (after close(): ValueError "Pool not running"). The
/// exception ended the result-handler thread before task 0 left the pool's cache, and Pool.join() waited forever; the
/// hang's "Why" only repeated the wait (r10a_callback_calls_apply).
final class HangCallbackEndedTests: XCTestCase {
    private let timedOut = RunFacts(exitCode: nil, signal: 15, timedOut: true, timeoutSeconds: 3)

    private func script(error: String) -> Timeline {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(2))])
        s.add(2, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1", [("job", .int(0)), ("function", .string("square"))])
        s.add(3, pid: 100, process: "MainProcess", .poolClose, object: "Pool#1")
        s.add(4, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1", [("job", .int(-1)), ("index", .int(-1)), ("call", .string("join()"))])
        let handler = "Thread-3 (_handle_results)"
        s.add(100, pid: 100, process: "MainProcess", thread: handler, .poolCallback, [("job", .int(0)), ("func", .string("follow_up"))])
        s.add(101, pid: 100, process: "MainProcess", thread: handler, .poolCallbackEnd, [("job", .int(0)), ("ok", .bool(false)), ("error", .string(error))])
        s.add(3000, pid: 100, process: "MainProcess", .processExit, [("exitcode", .int(-15)), ("observed_by", .string("mp-tutor"))])
        return s.timeline(run: timedOut)
    }

    func testAJoinAfterACallbackEndedTheResultHandlerSaysWhy() throws {
        let timeline = script(error: "ValueError: Pool not running")
        let reasons = HangExplainer(timeline: timeline).reasons()
        let reason = try XCTUnwrap(reasons.first { $0.text.contains("result-handler thread ended") }, "\(reasons.map(\.text))")
        XCTAssertEqual(reason.text, "MainProcess waits in Pool#1.join(), which waits for the pool's threads; Pool#1's result-handler thread ended at "
            + "0.101 s, when the callback follow_up for task 0 raised ValueError: Pool not running, before the pool had marked task 0 done: task 0 "
            + "stays outstanding, and the pool's worker-handler thread goes on while any task is outstanding, so join() cannot return. Catch "
            + "exceptions inside a callback.")
        XCTAssertTrue(reason.premise.holds(in: StateReplayer(timeline: timeline)))
    }

    /// `_set` swallows a KeyError from the callback: the thread goes on, and this is not why.
    func testAKeyErrorDoesNotEndTheThread() {
        let reasons = HangExplainer(timeline: script(error: "KeyError: 'x'")).reasons()
        XCTAssertFalse(reasons.contains { $0.text.contains("result-handler thread ended") }, "\(reasons.map(\.text))")
    }
}
