import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 37Z (issue 11, the Chinese screen): the step panel's pool row in Chinese joined the pool's name and its
/// workers with an ASCII ": " ("进程池     Pool#1: ForkPoolWorker-2 空闲 · ForkPoolWorker-3 空闲"), and a ThreadPool's row had
/// two ("Pool#1: 已启动 3 个工作线程（…）: Thread-1 (worker) 空闲"): the colon lived in Swift code, out of reach of the
/// Chinese punctuation tests, which read the phrase tables. r37z_pool_worker_exits_map: Pool(2).map, a worker's
/// os._exit(3), the replacement worker idle.
final class Round37ZPanelTests: XCTestCase {
    private static func panel(_ timeline: Timeline, after index: Int, lang: Language) -> [String] {
        Language.with(lang) {
            StatePanel(state: StateReplayer(timeline: timeline).state(after: index), painter: Painter(capabilities: .plain), width: 400,
                       hidesInfrastructure: true).lines()
        }
    }

    func testTheChinesePoolRowUsesAFullWidthColon() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r37z_pool_worker_exits_map--\(method)")
            let last = timeline.events.count - 1
            let zh = Self.panel(timeline, after: last, lang: .zh)
            let row = try XCTUnwrap(zh.first { $0.contains("Pool#1") }, "\(method): \(zh)")
            XCTAssertTrue(row.contains("Pool#1："), "\(method): \(row)")
            XCTAssertFalse(row.contains("Pool#1: "), "\(method): \(row)")
            // the English keeps its colon
            let en = Self.panel(timeline, after: last, lang: .en)
            XCTAssertTrue(en.contains { $0.contains("Pool#1: ") }, "\(method): \(en)")
        }
    }

    func testTheChineseThreadPoolRowUsesFullWidthColons() throws {
        let timeline = try Gaps16BTests.corpus("r25_dummy_vs_process_pool_init--fork")
        let index = try XCTUnwrap(timeline.indices(of: .poolInit).dropFirst(2).first, "the third initializer")
        let zh = Self.panel(timeline, after: index, lang: .zh)
        let row = try XCTUnwrap(zh.first { $0.contains("已启动") && $0.contains("个工作线程") }, "\(zh)")
        XCTAssertFalse(row.contains(": "), row)
        XCTAssertTrue(row.contains("Pool#1：已启动"), row)
    }
}
