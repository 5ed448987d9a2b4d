import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// r12_error_callback_raises: "result of task 1 arrives (an exception)", its error_callback raised, then "get() of task 1
/// raised TimeoutError after 2.002 s: its timeout of 2.000 s ran out" with no cause: the wait had begun before the
/// callback raised, so the note on waits that begin after a dead result handler did not apply, and the result HAD come
/// back. `_set()` calls the callback before it marks the result ready (round 12).
final class CallbackUnreadyNoteTests: XCTestCase {
    private func script(error: String, callbackJob: Int64 = 1, getError: String = "TimeoutError", byWait: Bool = false)
        -> (Timeline, Int, Int) {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        let handler = "Thread-3 (_handle_results)"
        s.add(1, pid: 100, process: "MainProcess", .poolCreate, object: "Pool#1", [("processes", .int(2))])
        for job in 0..<2 {
            s.add(Double(2 + job), pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
                  [("job", .int(Int64(job))), ("method", .string("apply_async")), ("chunks", .int(1))])
        }
        s.add(5, pid: 100, process: "MainProcess", .poolWait, object: "Pool#1",
              [("job", .int(1)), ("index", .int(0)), ("call", .string("get()")), ("timeout", .double(2))])
        s.add(10, pid: 100, process: "MainProcess", thread: handler, .poolResult, object: "Pool#1",
              [("job", .int(1)), ("index", .int(0)), ("ok", .bool(false)), ("error", .string("ValueError"))])
        s.add(11, pid: 100, process: "MainProcess", thread: handler, .poolCallback,
              [("job", .int(callbackJob)), ("func", .string("log_error")), ("error", .bool(true))])
        let end = s.add(12, pid: 100, process: "MainProcess", thread: handler, .poolCallbackEnd,
                        [("job", .int(callbackJob)), ("ok", .bool(false)), ("error", .string(error))])
        let get = byWait
            ? s.add(2005, pid: 100, process: "MainProcess", .poolWaited, object: "Pool#1",
                    [("job", .int(1)), ("index", .int(0)), ("call", .string("wait()")), ("waited_ns", .int(2_000_000_000)),
                     ("ok", .bool(false)), ("error", .null)])
            : s.add(2005, pid: 100, process: "MainProcess", .poolGet, object: "Pool#1",
                    [("job", .int(1)), ("ok", .bool(false)), ("waited_ns", .int(2_000_000_000)), ("error", .string(getError))])
        return (s.timeline(), get, end)
    }

    func testATimedOutGetOfAJobWhoseCallbackRaisedSaysTheResultCameBackButNeverBecameReady() {
        let (timeline, get, end) = script(error: "RuntimeError: bug in log_error")
        let notes = Annotator(timeline: timeline).notes()
        let note = notes.first { $0.eventIndex == get }
        XCTAssertEqual(note?.kind, .callbackKeptResultUnready)
        XCTAssertEqual(note?.premise, .callbackKeptResultUnready(getStep: get, callbackEndStep: end))
        XCTAssertEqual(note?.text, "task 1's result did come back, but at 0.011 s its error_callback log_error raised RuntimeError: bug in "
                       + "log_error before the result was marked ready: ApplyResult._set() (and MapResult's) calls the callback first "
                       + "and only then sets the flag get() and wait() wait for, so this get() could only time out, and ready() stays False. "
                       + "The same exception ended Pool#1's result-handler thread (any exception but KeyError does): no later result "
                       + "of Pool#1 reaches the parent either. A callback runs in that thread of the parent: catch its exceptions inside it.")
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
    }

    /// r7a_pool_callback_raises: `wait(timeout=0.5)` "returned after 500 ms, before the result was ready", the same cause.
    func testAWaitWithATimeoutThatReturnedBeforeTheResultWasReadyGetsTheSameCause() {
        let (timeline, wait, end) = script(error: "ValueError: odd result 9", byWait: true)
        let notes = Annotator(timeline: timeline).notes()
        let note = notes.first { $0.eventIndex == wait }
        XCTAssertEqual(note?.premise, .callbackKeptResultUnready(getStep: wait, callbackEndStep: end))
        XCTAssertTrue(note?.text.contains("so this wait() could only time out") ?? false, note?.text ?? "no note")
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
    }

    func testAKeyErrorLeavesTheThreadRunningAndSaysSo() {
        let (timeline, get, _) = script(error: "KeyError: 'x'")
        let note = Annotator(timeline: timeline).notes().first { $0.eventIndex == get }
        XCTAssertEqual(note?.kind, .callbackKeptResultUnready)
        XCTAssertTrue(note?.text.hasSuffix("(Pool#1's result-handler thread ignores a KeyError and goes on: its other results still arrive.)") ?? false)
    }

    func testAnotherJobsCallbackOrAnotherErrorIsNotThisCause() {
        let (other, get, _) = script(error: "RuntimeError: bug", callbackJob: 0)
        XCTAssertNil(Annotator(timeline: other).notes().first { $0.eventIndex == get && $0.kind == .callbackKeptResultUnready })
        let (interrupted, at, _) = script(error: "RuntimeError: bug", getError: "KeyboardInterrupt")
        XCTAssertNil(Annotator(timeline: interrupted).notes().first { $0.eventIndex == at && $0.kind == .callbackKeptResultUnready })
    }
}
