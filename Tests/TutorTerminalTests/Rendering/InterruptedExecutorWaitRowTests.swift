import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// r11_executor_ctrl_c_cancel: Ctrl-C (KeyboardInterrupt) in `as_completed()` without a timeout read "as_completed() gave
/// up: timed out after 301 ms": the tracer wrote `ok: false` alone. Its end now carries `error`, and the row says so.
final class InterruptedExecutorWaitRowTests: XCTestCase {
    private func describe(_ s: EventScript, _ index: Int) -> String {
        let caps = TerminalCapabilities(color: false, unicode: true, width: 160, isInteractive: false)
        return EventDescriber(timeline: s.timeline(run: RunFacts()), painter: Painter(capabilities: caps)).describe(index)
    }

    private func script(error: String?, timeout: JSONValue) -> (EventScript, Int) {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(100, pid: 100, process: "MainProcess", .executorWait, object: "ProcessPoolExecutor#1",
              [("call", .string("as_completed()")), ("pending", .int(10)), ("timeout", timeout)])
        var end: [(String, JSONValue)] = [("call", .string("as_completed()")), ("waited_ns", .int(301_000_000)), ("ok", .bool(false)),
                                          ("pending", .int(10))]
        if let error { end.append(("error", .string(error))) }
        let index = s.add(401, pid: 100, process: "MainProcess", .executorWaited, object: "ProcessPoolExecutor#1", end)
        return (s, index)
    }

    func testAWaitEndedByKeyboardInterruptIsNoTimeout() {
        let (s, index) = script(error: "KeyboardInterrupt", timeout: .null)
        let row = describe(s, index)
        XCTAssertEqual(row, "as_completed() was interrupted: KeyboardInterrupt raised in it after 301 ms, no timeout ran out · 10 still not done")
        XCTAssertFalse(row.contains("timed out"), row)
        let zh = Language.with(.zh) { describe(s, index) }
        XCTAssertTrue(zh.contains("KeyboardInterrupt") && zh.contains("并不是超时"), zh)
    }

    func testAWaitWhoseTimeoutRanOutStillSaysSo() {
        let (s, index) = script(error: nil, timeout: .double(0.3))
        XCTAssertEqual(describe(s, index), "as_completed() gave up: timed out after 301 ms · 10 still not done")
    }
}
