import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 11B: a notify() that found nobody waiting read like any other (g11b_condition_notify_lost); a Timer subclass
/// with its own run() read "it calls tick after 100 ms, unless cancel() comes first", which its run() decides
/// (g11b_timer_own_run).
final class NotifyAndTimerSubclassRowTests: XCTestCase {
    private func rows(_ build: (inout EventScript) -> [Int]) -> [String] {
        var s = DocsExamplesDescriberTests.mainProcess()
        let indices = build(&s)
        let describer = EventDescriber(timeline: s.timeline(), painter: Painter(capabilities: .plain))
        return indices.map { describer.describe($0) }
    }

    func testANotifyThatFoundNobodySaysItWakesNobody() {
        let r = rows { s in
            s.add(0.5, pid: 100, process: "MainProcess", .conditionCreate, object: "Condition#1", [("site", .string("p.py:3"))])
            return [s.add(1, pid: 100, process: "MainProcess", .conditionNotify, object: "Condition#1", [("count", .int(1)), ("all", .bool(false)), ("waiting", .int(0))]),
                    s.add(2, pid: 100, process: "MainProcess", .conditionNotify, object: "Condition#1", [("count", .null), ("all", .bool(true)), ("waiting", .int(0))]),
                    s.add(3, pid: 100, process: "MainProcess", .conditionNotify, object: "Condition#1", [("count", .int(1)), ("all", .bool(false)), ("waiting", .int(1))]),
                    s.add(4, pid: 100, process: "MainProcess", .conditionNotify, object: "Condition#1", [("count", .int(1)), ("all", .bool(false))])]
        }
        XCTAssertEqual(r, ["notify() on Condition#1: nobody is waiting, so it wakes nobody",
                           "notify_all() on Condition#1: nobody is waiting, so it wakes nobody",
                           "notify(1) on Condition#1", "notify(1) on Condition#1"])
    }

    func testATimerSubclassWithItsOwnRunSaysItsRunDecides() {
        let fields: [(String, JSONValue)] = [("name", .string("Thread-2")), ("interval", .double(0.1)), ("func", .string("tick")),
                                             ("run", .string("RepeatTimer.run"))]
        let r = rows { s in
            [s.add(1, pid: 100, process: "MainProcess", "thread.timer", fields),
             s.add(2, pid: 100, process: "MainProcess", "thread.timer.cancel", fields + [("found", .string("own_run"))])]
        }
        XCTAssertEqual(r, ["Thread-2 is a threading.Timer whose class has its own run(), RepeatTimer.run: its thread runs that instead of "
                           + "Timer.run, so whether and when tick is called (interval 100 ms) is up to RepeatTimer.run; no row records such a call",
                           "cancel() of timer Thread-2: it sets the timer's finished Event; what that changes is up to its own run(), "
                           + "RepeatTimer.run (Timer.run's wait would end and not call tick)"])
    }
}
