import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 27B: leftovers of earlier truth-review rounds (issue 11), on committed recordings.
final class Gaps27BTests: XCTestCase {
    /// g26b_select_conns_sentinels: a select.select() whose read list held one object said "until one of worker-1's
    /// sentinel is ready" (zh "直到其中有一个就绪", zh26's Left). Now one object reads "until worker-1's sentinel is ready"
    /// ("在 select.select() 中等待 worker-1 的 sentinel 就绪"), several keep "until one of"; the panel after each wait's
    /// step names the wait (gaps 26A's words), not "running".
    func testASelectOverOneObjectSaysUntilItIsReadyAndThePanelNamesTheWait() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps24BTests.timeline("g26b_select_conns_sentinels--\(method)")
            let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
            let replayer = StateReplayer(timeline: timeline)
            let waits = timeline.events.indices.filter {
                timeline.events[$0].is(.connectionWait) && timeline.events[$0].string(EventField.call) == "select.select()"
            }
            var ones = 0
            for i in waits {
                let e = timeline.events[i], count = e.fields[EventField.what]?.arrayValue?.count ?? 0
                let row = Language.with(.en) { describer.describe(i) }, zh = Language.with(.zh) { describer.describe(i) }
                if count == 1 {
                    ones += 1
                    XCTAssertEqual(row, "waits in select.select() until \(RunState.connections(e)) is ready", method)
                    XCTAssertFalse(zh.contains("其中有一个"), zh)
                    XCTAssertTrue(zh.hasPrefix("在 select.select() 中等待 ") && zh.hasSuffix(" 就绪"), zh)
                } else {
                    XCTAssertTrue(row.hasPrefix("waits in select.select() until one of "), row)
                    XCTAssertTrue(zh.hasSuffix("直到其中有一个就绪"), zh)
                }
                let activity = Language.with(.en) { replayer.state(after: i).processes.first { $0.pid == e.pid }?.activity ?? "" }
                XCTAssertTrue(activity.hasPrefix("waits in select.select() for "), "\(method) step \(i + 1): \(activity)")
            }
            XCTAssertGreaterThan(ones, 0, "\(method): no select over one object")
        }
    }

    /// g26a_main_waits: inside `Condition.wait()`, after the notify, the waiter's re-acquire of the condition's lock (its
    /// `lock.acquire`, one step before `condition.wake`) showed "waits on Condition#1 for a notify" in the panel: one step
    /// late, as the notify had come and the lock was taken. Now that step says what the wake's step says (it holds the
    /// lock); every step before the re-acquire, from the wait's begin, still says the wait.
    func testAConditionWaitersReacquireStepNoLongerSaysItWaitsForANotify() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps24BTests.timeline("g26a_main_waits--\(method)")
            let events = timeline.events
            let replayer = StateReplayer(timeline: timeline)
            var checked = 0
            for wait in events.indices where events[wait].is(.conditionWait) {
                let w = events[wait]
                guard let wake = events.indices.first(where: { $0 > wait && events[$0].is(.conditionWake) && events[$0].pid == w.pid
                                                             && events[$0].thread == w.thread }) else { continue }
                func activity(_ i: Int) -> String {
                    Language.with(.en) { replayer.state(after: i).processes.first { $0.pid == w.pid }?.activity ?? "" }
                }
                let mine = events.indices.filter { $0 > wait && $0 < wake && events[$0].pid == w.pid && events[$0].thread == w.thread }
                let retake = try XCTUnwrap(mine.first { events[$0].is(.lockAcquire) }, "\(method): no re-acquire inside wait()")
                XCTAssertTrue(activity(wait).contains("for a notify"), "\(method) step \(wait + 1): \(activity(wait))")
                let lockWait = mine.first { events[$0].is(.lockWait) } ?? retake    // then "waiting for RLock#1", which it is
                for i in wait..<lockWait {
                    XCTAssertTrue(activity(i).contains("Condition#1"), "\(method) step \(i + 1): \(activity(i))")
                }
                XCTAssertFalse(activity(retake).contains("for a notify"), "\(method) step \(retake + 1): \(activity(retake))")
                XCTAssertEqual(activity(retake), activity(wake), "\(method) step \(retake + 1)")
                XCTAssertFalse(Language.with(.zh) { replayer.state(after: retake).processes.first { $0.pid == w.pid }?.activity ?? "" }
                    .contains("Condition#1"), method)
                checked += 1
            }
            XCTAssertGreaterThan(checked, 0, method)
        }
    }
}
