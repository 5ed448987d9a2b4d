import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 38S (issue 11, forum questions as programs): r38s_no_guard_pool under spawn, a module-level Pool with no
/// `__main__` guard. Every worker ends importing the main module and is replaced; at the last step the panel's pool
/// row said "Pool#1: no worker started yet" beside process rows of SpawnPoolWorker-48 and -49 starting, after 49
/// start() calls.
final class Round38SPanelTests: XCTestCase {
    private static func panel(_ timeline: Timeline, after index: Int, lang: Language = .en) -> [String] {
        Language.with(lang) {
            StatePanel(state: StateReplayer(timeline: timeline).state(after: index), painter: Painter(capabilities: .plain), width: 400,
                       hidesInfrastructure: true).lines()
        }
    }

    func testAPoolWhoseStartedWorkersNeverReachedRunDoesNotSayNoWorkerStarted() throws {
        for method in ["spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r38s_no_guard_pool--\(method)")
            let last = timeline.events.count - 1
            let spawned = timeline.indices(of: .processSpawn).filter {
                timeline.events[$0].childPid.map { timeline.poolOfWorker[$0] == "Pool#1" } ?? false
            }.count
            let row = try XCTUnwrap(Self.panel(timeline, after: last).first { $0.contains("Pool#1:") }, method)
            XCTAssertFalse(row.contains("no worker started yet"), "\(method): \(row)")
            XCTAssertTrue(row.contains("no worker has begun run(): the pool called start() for \(spawned) workers, and none has recorded reaching run()"),
                          "\(method): \(row)")
            let zh = try XCTUnwrap(Self.panel(timeline, after: last, lang: .zh).first { $0.contains("Pool#1") }, method)
            XCTAssertTrue(zh.contains("还没有工作进程开始 run()：进程池已为 \(spawned) 个工作进程调用 start()"), "\(method): \(zh)")
            // before the pool's first start() the old words stand
            let create = try XCTUnwrap(timeline.indices(of: .poolCreate).first, method)
            let early = try XCTUnwrap(Self.panel(timeline, after: create).first { $0.contains("Pool#1:") }, method)
            XCTAssertTrue(early.contains("no worker started yet"), "\(method): \(early)")
        }
    }
}
