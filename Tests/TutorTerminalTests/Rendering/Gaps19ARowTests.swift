import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 19A: round 18E's leftovers that needed the tracer.
final class Gaps19ARowTests: XCTestCase {
    private let painter = Painter(capabilities: .plain)

    /// r18e_barrier_reset_waiters: the parent's reset() had no row, and each waiter's wake read "Barrier#1 broken after
    /// 44 ms" though reset() leaves the barrier usable (the next round passed). The reset has its row; a wake it caused
    /// names it; a wake broken by an abort() in the same wait keeps the plain row (two possible causes: none is said).
    func testABarrierResetHasARowAndTheWaitersItWokeNameIt() {
        func rows(abortToo: Bool) -> (reset: String, wake: String) {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .barrierCreate, object: "Barrier#1", [("parties", .int(3))])
            s.add(10, pid: 200, ppid: 100, process: "party-0", .barrierWait, object: "Barrier#1", [("parties", .int(3))])
            if abortToo { s.add(20, pid: 100, process: "MainProcess", .barrierAbort, object: "Barrier#1") }
            let reset = s.add(30, pid: 100, process: "MainProcess", .barrierReset, object: "Barrier#1")
            let wake = s.add(32, pid: 200, ppid: 100, process: "party-0", .barrierWake, object: "Barrier#1",
                             [("waited_ns", .int(22_000_000)), ("index", .null), ("last", .bool(false)), ("broken", .bool(true))])
            let d = EventDescriber(timeline: s.timeline(), painter: painter)
            return (d.describe(reset), d.describe(wake))
        }
        let plain = rows(abortToo: false)
        XCTAssertEqual(plain.reset, "reset() on Barrier#1: every party waiting there now gets BrokenBarrierError, and Barrier#1 is left "
                       + "usable, not broken: the wait()s after it begin a new round")
        XCTAssertEqual(plain.wake, "wait() at Barrier#1 raised BrokenBarrierError after 22 ms: MainProcess called reset() on Barrier#1 at "
                       + "0.030 s, which wakes every waiting party this way; Barrier#1 is not broken: a wait() after the reset begins a new round")
        XCTAssertEqual(rows(abortToo: true).wake, "Barrier#1 broken after 22 ms")
    }
}
