import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 38B (issue 11): round 37G's leftovers on the step panel. A Condition had no row (who waits on it, whom a notify
/// woke, its lock): after `notify_all()` the two stage-2 processes read "waits on Condition#1 for a notify" until their
/// next event. A Manager list had none either (r37g_active_pool_semaphore's `list#1`). Both now have a row from the state
/// model: the Condition's waiters and its last notify; the list's length as a len() call last returned it, and its last
/// two calls. A run without such objects has neither row.
final class Gaps38BPanelTests: XCTestCase {
    private static func panel(_ timeline: Timeline, after index: Int, lang: Language = .en) -> [String] {
        Language.with(lang) {
            StatePanel(state: StateReplayer(timeline: timeline).state(after: index), painter: Painter(capabilities: .plain), width: 400,
                       hidesInfrastructure: true).lines()
        }
    }

    private static func row(_ lines: [String], _ label: String) -> String? {
        lines.first { $0.hasPrefix(" " + label) }
    }

    func testAConditionRowSaysWhoWaitsWhomANotifyWokeAndItsLock() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r37g_condition_event_stages--\(method)")
            let created = try XCTUnwrap(timeline.indices(of: .conditionCreate).first, method)
            let waits = timeline.indices(of: .conditionWait), wakes = timeline.indices(of: .conditionWake)
            let notify = try XCTUnwrap(timeline.indices(of: .conditionNotify).first, method)
            XCTAssertEqual(waits.count, 2, method)
            XCTAssertEqual(wakes.count, 2, method)
            let lock = try XCTUnwrap(timeline.events[created - 1].object, method)     // the RLock made for it, just before
            XCTAssertTrue(lock.hasPrefix("RLock#"), method)
            func t(_ i: Int) -> String { Format.seconds(timeline.events[i].t) }
            func who(_ i: Int) -> String { timeline.events[i].process }
            // made: no one waits
            XCTAssertEqual(Self.row(Self.panel(timeline, after: created), "condition"),
                           " condition  Condition#1 (its lock \(lock)): no one waits on it", method)
            // one waiter, no notify yet
            XCTAssertEqual(Self.row(Self.panel(timeline, after: waits[0]), "condition"),
                           " condition  Condition#1 (its lock \(lock)): waiting: \(who(waits[0])) since \(t(waits[0]))", method)
            // just after notify_all(): both notified, neither returned
            let notified = try XCTUnwrap(Self.row(Self.panel(timeline, after: notify), "condition"), method)
            XCTAssertEqual(notified, " condition  Condition#1 (its lock \(lock)): waiting: "
                           + "\(who(waits[0])) since \(t(waits[0])) (notified at \(t(notify)), its wait() not yet returned), "
                           + "\(who(waits[1])) since \(t(waits[1])) (notified at \(t(notify)), its wait() not yet returned)"
                           + "\u{00A0}· last notify_all() by \(who(notify)) at \(t(notify)) (2 waiting then)", method)
            // both returned
            XCTAssertEqual(Self.row(Self.panel(timeline, after: wakes[1]), "condition"),
                           " condition  Condition#1 (its lock \(lock)): no one waits on it\u{00A0}· last notify_all() by \(who(notify)) at \(t(notify)) (2 waiting then)", method)
            let zh = try XCTUnwrap(Self.row(Self.panel(timeline, after: notify, lang: .zh), "条件变量"), method)
            XCTAssertTrue(zh.contains("Condition#1（所用的锁是 \(lock)）：在等：\(who(waits[0]))（自 \(t(waits[0])) 起）（已于 \(t(notify)) 被通知，它的 wait() 尚未返回）"), zh)
            XCTAssertTrue(zh.hasSuffix("最近一次是 \(who(notify)) 在 \(t(notify)) 调用 notify_all()（当时有 2 个在等）"), zh)
        }
    }

    func testAManagerListRowSaysItsLastLengthAndItsLastCalls() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r37g_active_pool_semaphore--\(method)")
            let calls = timeline.indices(of: .managerCall).filter { timeline.events[$0].object == "list#1" }
            XCTAssertGreaterThan(calls.count, 30, method)
            let made = try XCTUnwrap(timeline.indices(of: .managerMade).first { timeline.events[$0].object == "list#1" }, method)
            XCTAssertEqual(Self.row(Self.panel(timeline, after: made), "manager"),
                           " manager    list#1 (list, kept in the manager's process): its length not in the record (no len() call yet)", method)
            // round 37G's steps (100 and 124 under fork), and the last call
            for index in [100, 124, calls.last!] where index < timeline.events.count {
                let row = try XCTUnwrap(Self.row(Self.panel(timeline, after: index), "manager"), "\(method) \(index)")
                let before = calls.filter { $0 <= index }
                let len = try XCTUnwrap(before.last { timeline.events[$0].string(EventField.method) == "__len__" }, "\(method) \(index)")
                let e = timeline.events[len]
                XCTAssertTrue(row.hasPrefix(" manager    list#1 (list, kept in the manager's process): len() was \(e.string(EventField.result) ?? "?") "
                                            + "when \(e.process) asked at \(Format.seconds(e.t))\u{00A0}· last calls: "), "\(method) \(index): \(row)")
                // the last two calls, in order, each by who made it
                let last = before.suffix(2).map { timeline.events[$0] }
                XCTAssertEqual(last.count, 2)
                let tail = row.components(separatedBy: "last calls: ").last ?? ""
                XCTAssertTrue(tail.hasPrefix("\(last[0].process) \(last[0].string(EventField.method) ?? "?")("), "\(method) \(index): \(row)")
                XCTAssertTrue(tail.contains(", \(last[1].process) \(last[1].string(EventField.method) ?? "?")("), "\(method) \(index): \(row)")
                if last[1].string(EventField.error) != nil { XCTAssertTrue(tail.hasSuffix("raised IndexError"), row) }
            }
            let zh = try XCTUnwrap(Self.row(Self.panel(timeline, after: calls.last!, lang: .zh), "管理器"), method)
            XCTAssertTrue(zh.contains("list#1（list，存放在管理器进程中）：") && zh.contains("调用 len() 得到") && zh.contains("最近的调用："), zh)
        }
    }

    func testARunWithoutThoseObjectsHasNeitherRow() throws {
        for name in ["r37g_terminate_busy--fork", "r37g_process_subclass_greeter--spawn", "r37g_mapreduce_wordcount--fork"] {
            let timeline = try Gaps16BTests.corpus(name)
            for index in timeline.events.indices {
                let lines = Self.panel(timeline, after: index)
                XCTAssertNil(Self.row(lines, "condition"), "\(name) \(index)")
                XCTAssertNil(Self.row(lines, "manager"), "\(name) \(index)")
            }
        }
    }
}
