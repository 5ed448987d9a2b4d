import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 19, r19_graceful_sigterm_drain: w0 polled `stop.is_set()` 13 times (False), then set `stop` itself and left
/// its loop; at its end the row said "with no change before this thread ended" and the summary "it never changed
/// (False)", though Event#1 had been set 200 ms before. The polls did not see the change; the Event did change.
final class Round19PollRowTests: XCTestCase {
    /// MainProcess polls Event#1 from 1.0 s to its thread's end at 1.6 s (all False); `change` (ms, kind) by w0.
    private func script(change: (ms: Double, kind: EventKind)?, result: Bool = false, undo: (ms: Double, kind: EventKind)? = nil) -> (EventScript, Int) {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .eventCreate, object: "Event#1")
        s.add(2, pid: 101, ppid: 100, process: "w0", .processStart, [("name", .string("w0")), ("role", .string("child"))])
        if let change { s.add(change.ms, pid: 101, ppid: 100, process: "w0", change.kind, object: "Event#1") }
        if let undo { s.add(undo.ms, pid: 101, ppid: 100, process: "w0", undo.kind, object: "Event#1") }
        let end = s.add(1_600, pid: 100, process: "MainProcess", .eventPolled, object: "Event#1",
                        [("result", .bool(result)), ("polls", .int(13)), ("since_ns", .int(600_000_000)), ("then", .null)])
        return (s, end)
    }

    private func row(_ s: EventScript, _ i: Int) -> String {
        EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain)).describe(i)
    }

    private func summary(_ s: EventScript) -> String {
        let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)
        return SummaryRenderer(timeline: s.timeline(), capabilities: caps).render()
    }

    func testPollsToTheEndThatMissedASetDoNotSayTheEventNeverChanged() {
        let (s, end) = script(change: (1_400, .eventSet))
        XCTAssertEqual(row(s, end), "polled Event#1 with is_set() 13 times since 1.000 s: False each time, though w0 called set() of Event#1 at 1.400 s: none of these polls saw that change (each of them came before that change took effect: a poll after it would have returned True, a change the record would show as a line of its own)")
        let text = summary(s)
        XCTAssertTrue(text.contains("MainProcess polled Event#1 13 times from 1.000 s to its thread's end: False each time, though w0 called set() of Event#1 at 1.400 s; no poll saw that change (each of them came before that change took effect: a poll after it would have returned True, a change the record would show as a line of its own)"), text)
        XCTAssertFalse(text.contains("never changed"), text)
    }

    func testAClearMissedByTruePollsIsNamedToo() {
        let (s, end) = script(change: (1_200, .eventClear), result: true)
        XCTAssertEqual(row(s, end), "polled Event#1 with is_set() 13 times since 1.000 s: True each time, though w0 called clear() of Event#1 at 1.200 s: none of these polls saw that change (each of them came before that change took effect: a poll after it would have returned False, a change the record would show as a line of its own)")
    }

    func testAChangeOutsideThePollsOrOfTheSameResultKeepsTheOldWords() {
        let plain = "polled Event#1 with is_set() 13 times since 1.000 s: False each time, with no change before this thread ended"
        for change: (ms: Double, kind: EventKind)? in [nil, (500, .eventSet), (1_700, .eventSet), (1_300, .eventClear)] {
            let (s, end) = script(change: change)
            XCTAssertEqual(row(s, end), plain, "\(String(describing: change))")
        }
        let (s, _) = script(change: (1_700, .eventSet))
        XCTAssertTrue(summary(s).contains("MainProcess polled Event#1 13 times from 1.000 s to its thread's end, and it never changed (False)"))
    }

    /// Round 26: a set() undone by a clear() before the polls' end: a poll may have come after both (False again), so
    /// only the first poll's time is known, as before.
    func testAChangeUndoneBeforeThePollsEndKeepsTheHedge() {
        let (s, end) = script(change: (1_300, .eventSet), undo: (1_450, .eventClear))
        XCTAssertEqual(row(s, end), "polled Event#1 with is_set() 13 times since 1.000 s: False each time, though w0 called set() of Event#1 at 1.300 s: none of these polls saw that change (the record keeps when the first of these polls came, not the last: they may all have come before it)")
    }
}
