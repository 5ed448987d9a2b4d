import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// g13a_event_poll: a child's `while not ready.is_set(): sleep(0.05)` waited half a second, and the summary's waiting
/// figures said nothing of it (the thread runs between polls: it never blocks).  The summary now lists such waits.
final class EventPollSummaryTests: XCTestCase {
    private func summary(_ polls: [(thread: String, n: Int64, then: JSONValue)]) -> String {
        var s = EventScript()
        s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(1, pid: 100, process: "MainProcess", .eventCreate, object: "Event#1")
        for (i, p) in polls.enumerated() {
            s.add(600 + Double(i), pid: 100, process: "MainProcess", thread: p.thread, .eventPolled, object: "Event#1",
                  [("result", .bool(false)), ("polls", .int(p.n)), ("since_ns", .int(500_000_000)), ("then", p.then)])
        }
        let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)
        return SummaryRenderer(timeline: s.timeline(), capabilities: caps).render()
    }

    func testAPollLoopIsListedWithItsCountAndLength() {
        let text = summary([("Poller", 10, .bool(true)), ("MainThread", 4, .null)])
        XCTAssertTrue(text.contains("waiting by polling Event.is_set() (the thread runs between polls: not counted as waiting above):"), text)
        XCTAssertTrue(text.contains("MainProcess · Poller polled Event#1 10 times over 500 ms until it was set"), text)
        XCTAssertTrue(text.contains("MainProcess polled Event#1 4 times from 0.101 s to its thread's end, and it never changed (False)"), text)
    }

    func testNoPollsNoLines() {
        XCTAssertFalse(summary([]).contains("polling"))
        // a change right after a change (no poll between): nothing waited
        XCTAssertFalse(summary([("Poller", 0, .bool(true))]).contains("polled"))
        // one poll with no change before the thread's end: it found what it wanted at once, and waited for nothing
        XCTAssertFalse(summary([("Poller", 1, .null)]).contains("polled"))
        XCTAssertTrue(summary([("Poller", 1, .bool(true))]).contains("Poller polled Event#1 1 time over 500 ms until it was set"))
    }
}
