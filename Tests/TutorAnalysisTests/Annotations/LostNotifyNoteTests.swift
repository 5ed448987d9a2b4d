import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 11B (g11b_condition_notify_lost): a Condition's notify() with nobody waiting is lost, a classic bug, and
/// nothing said so. The note rests on the tracer's count (`waiting`) and on the state model's blocked calls.
final class LostNotifyNoteTests: XCTestCase {
    /// A child blocked in a wait() of Condition#1 from 2 s (when `childWaits`), and a notify at 3 s that found `waiting`;
    /// with `laterWait`, the child's wait() at 4 s that the notify came too early for (round 29: a notify with no wait
    /// after it gets no note, no one came to miss it).
    private func run(waiting: Int64?, childWaits: Bool = false, all: Bool = false, laterWait: Bool = false) -> (Timeline, Int) {
        var s = EventScript()
        s.add(0, pid: 10, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        s.add(0.5, pid: 10, process: "MainProcess", .conditionCreate, object: "Condition#1", [("site", .string("p.py:3"))])
        s.add(1, pid: 11, process: "Process-1", .processStart, [("name", .string("Process-1")), ("role", .string("child"))])
        if childWaits { s.add(2, pid: 11, process: "Process-1", .conditionWait, object: "Condition#1", [("timeout", .null)]) }
        var fields: [(String, JSONValue)] = [("count", all ? .null : .int(1)), ("all", .bool(all))]
        if let waiting { fields.append(("waiting", .int(waiting))) }
        let at = s.add(3, pid: 10, process: "MainProcess", .conditionNotify, object: "Condition#1", fields)
        if laterWait { s.add(4, pid: 11, process: "Process-1", .conditionWait, object: "Condition#1", [("timeout", .null)]) }
        return (s.timeline(), at)
    }

    func testANotifyWithNobodyWaitingIsSaidLost() throws {
        for all in [false, true] {
            let (timeline, at) = run(waiting: 0, all: all, laterWait: true)
            let notes = Annotator(timeline: timeline).notes()
            let note = try XCTUnwrap(notes.first { $0.eventIndex == at && $0.kind == .notifyLost })
            XCTAssertTrue(note.text.hasPrefix((all ? "notify_all()" : "notify()") + " on Condition#1 found nobody waiting: the notification is lost."),
                          note.text)
            XCTAssertEqual(note.premise, .notifyFoundNobody(step: at))
            XCTAssertEqual(InvariantChecker(timeline: timeline, notes: notes).violations(), [])
        }
    }

    func testNoLostNoteWhenSomeoneWaitsOrTheCountIsUnknown() {
        for (timeline, at) in [run(waiting: 1, childWaits: true), run(waiting: nil), run(waiting: 0, childWaits: true),
                               run(waiting: 0), run(waiting: 0, all: true)] {
            XCTAssertNil(Annotator(timeline: timeline).notes().first { $0.eventIndex == at && $0.kind == .notifyLost })
        }
    }
}
