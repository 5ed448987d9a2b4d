import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 36T (issue 11): the step panel's pool row once every worker of a pool has ended. r36t_initializer_json_config
/// runs Pool#1 on a good config and terminates it (its with-block) before Pool#2 starts; at the get() of Pool#2 the
/// panel said "Pool#1: no worker started yet", though Pool#1 had started two workers and both had ended.
final class Round36TPanelTests: XCTestCase {
    private static func panel(_ timeline: Timeline, after index: Int, lang: Language = .en) -> String {
        Language.with(lang) {
            StatePanel(state: StateReplayer(timeline: timeline).state(after: index), painter: Painter(capabilities: .plain), width: 400,
                       hidesInfrastructure: true).lines().joined(separator: "\n")
        }
    }

    func testAPoolWhoseWorkersAllEndedIsNotSaidToHaveStartedNone() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r36t_initializer_json_config--\(method)")
            let events = timeline.events
            let timedOut = try XCTUnwrap(events.lastIndex { $0.is(.poolGet) && $0.string(EventField.error) == "TimeoutError" }, method)
            let panel = Self.panel(timeline, after: timedOut)
            XCTAssertFalse(panel.contains("Pool#1: no worker started yet"), "\(method): \(panel)")
            // Pool#1's workers: those start() began before Pool#2 was made, and those of them that recorded a start
            let second = try XCTUnwrap(events.firstIndex { $0.is(.poolCreate) && $0.object == "Pool#2" }, method)
            let spawned = Set(events[..<second].filter { $0.is(.processSpawn) }.compactMap(\.name))
            let started = Set(events.filter { $0.is(.processStart) }.map(\.process)).intersection(spawned)
            XCTAssertEqual(spawned.count, 2, method)
            let zh = Self.panel(timeline, after: timedOut, lang: .zh)
            if started.count == spawned.count {
                XCTAssertTrue(panel.contains("Pool#1: no worker alive: every worker it started (2) has ended"), "\(method): \(panel)")
                XCTAssertTrue(zh.contains("Pool#1：没有存活的工作进程：它启动的 2 个工作进程都已结束"), "\(method): \(zh)")
            } else {
                // a worker ended while still starting records nothing of its own (forkserver's ForkServerPoolWorker-2)
                XCTAssertTrue(panel.contains("Pool#1: no worker alive in the record: every worker that recorded its start (\(started.count)) has ended; "
                                             + "\(spawned.count - started.count) more began starting and recorded nothing"), "\(method): \(panel)")
                XCTAssertTrue(zh.contains("Pool#1：记录里没有存活的工作进程：记录了启动的 \(started.count) 个工作进程都已结束"), "\(method): \(zh)")
            }
            // before its first worker started, the pool still has none
            let created = try XCTUnwrap(events.firstIndex { $0.is(.poolCreate) && $0.object == "Pool#1" }, method)
            XCTAssertTrue(Self.panel(timeline, after: created).contains("Pool#1: no worker started yet"), method)
        }
    }
}
