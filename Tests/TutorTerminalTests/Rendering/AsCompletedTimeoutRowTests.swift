import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// `as_completed(timeout=0.5)` is recorded as one wait per item it yields; the wait that gave up said "timed out
/// after 297 ms", its own length, as if that were the timeout (which counts from the call).
final class AsCompletedTimeoutRowTests: XCTestCase {
    private func wait(_ s: inout EventScript, _ ms: Double, timeout: Double) {
        s.add(ms, pid: 100, process: "MainProcess", .executorWait, object: "ProcessPoolExecutor#1",
              [("call", .string("as_completed()")), ("pending", .int(2)), ("timeout", .double(timeout))])
    }

    private func waited(_ s: inout EventScript, _ ms: Double, from: Double, ok: Bool) -> Int {
        s.add(ms, pid: 100, process: "MainProcess", .executorWaited, object: "ProcessPoolExecutor#1",
              [("call", .string("as_completed()")), ("waited_ns", .int(Int64((ms - from) * 1e6))), ("ok", .bool(ok)), ("pending", .int(2))])
    }

    private func describe(_ s: EventScript, _ index: Int) -> String {
        let caps = TerminalCapabilities(color: false, unicode: true, width: 160, isInteractive: false)
        return EventDescriber(timeline: s.timeline(run: RunFacts()), painter: Painter(capabilities: caps)).describe(index)
    }

    func testTheGaveUpRowSaysWhenTheTimeoutBeganWhenTheCallYieldedItemsFirst() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        wait(&s, 100, timeout: 9)            // an earlier call with another deadline: not part of the chain
        _ = waited(&s, 150, from: 100, ok: true)
        wait(&s, 262, timeout: 0.5)
        _ = waited(&s, 364, from: 262, ok: true)
        s.add(364.1, pid: 100, process: "MainProcess", .print, [("text", .string("got one"))])
        wait(&s, 365, timeout: 0.397)
        _ = waited(&s, 465, from: 365, ok: true)
        wait(&s, 466, timeout: 0.296)
        let last = waited(&s, 762, from: 466, ok: false)
        XCTAssertEqual(describe(s, last),
                       "as_completed() gave up: the timeout it was given at 0.262 s ran out 500 ms later (this last wait: 296 ms) · 2 still not done")
        let zh = Language.with(.zh) { describe(s, last) }
        XCTAssertTrue(zh.contains("0.262 s 时给出的超时在 500 ms 后用完"), zh)
    }

    func testAWaitThatIsItsCallsOnlyOneKeepsItsOwnLength() {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("role", .string("main"))])
        wait(&s, 100, timeout: 0.6)          // deadline 0.7 s: not this call's (0.733 s)
        _ = waited(&s, 150, from: 100, ok: true)
        wait(&s, 233, timeout: 0.5)
        let last = waited(&s, 733, from: 233, ok: false)
        XCTAssertEqual(describe(s, last), "as_completed() gave up: timed out after 500 ms · 2 still not done")
    }
}
