import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// What a primitive's state was when a wait on it ended (round 10A, lesson demos changed as learners change them).
/// event-basics with `set()` followed at once by `clear()`: a waiter with no timeout got False back, and its row said
/// "woke after 519 ms (timed out)" (r10a_event_pulse_clear).
final class PrimitiveStateRowsTests: XCTestCase {
    private func pulse() -> (Timeline, set: Int, cleared: Int, timedOut: Int) {
        var s = EventScript()
        s.add(0, pid: 1, process: "MainProcess", .processStart, [("role", .string("main"))])
        s.add(1, pid: 2, process: "Waiter", .eventWait, object: "Event#1", [("timeout", .null)])
        s.add(2, pid: 3, process: "Impatient", .eventWait, object: "Event#1", [("timeout", .double(0.001))])
        let timedOut = s.add(3, pid: 3, process: "Impatient", .eventWake, object: "Event#1", [("waited_ns", .int(1_000_000)), ("outcome", .bool(false))])
        let set = s.add(500, pid: 1, process: "MainProcess", .eventSet, object: "Event#1")
        s.add(500.2, pid: 1, process: "MainProcess", .eventClear, object: "Event#1")
        let cleared = s.add(500.5, pid: 2, process: "Waiter", .eventWake, object: "Event#1",
                            [("waited_ns", .int(499_500_000)), ("outcome", .bool(false)), ("cleared", .bool(true))])
        return (s.timeline(), set, cleared, timedOut)
    }

    func testAWaitThatFoundTheEventClearedAgainDoesNotSayTimedOut() {
        let (timeline, _, cleared, timedOut) = pulse()
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        XCTAssertEqual(describer.describe(cleared),
                       "woke after 500 ms (set, but clear() came before it read the flag again: wait() returned False, not a timeout)")
        XCTAssertEqual(describer.describe(timedOut), "woke after 1 ms (timed out)")
    }

    func testTheSetIsLinkedToTheWaitItWokeEvenWhenTheWaiterFoundItCleared() {
        let (timeline, set, cleared, _) = pulse()
        let links = CausalLinker.links(in: timeline).filter { $0.kind == .wake }
        XCTAssertEqual(links.map { [$0.cause, $0.effect] }, [[set, cleared]])
    }
}
