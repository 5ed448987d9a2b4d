import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 37A, item 1 (round 36L's Left list): the step panel listed every waiting task one by one. r36l_executor_2000_futures
/// at step 2,300 (fork) said "not started yet: 1636 (163, 164, 165, …" over 40 lines, and r36l_pool_map_5000 at step 8,000
/// "2306 waiting: 0.2694, 0.2695, …" filled the rest of a 50-line screen. Consecutive numbers are now a range and the list
/// is bounded to a few lines with "… N more"; the counts stay those of the state.
final class Gaps37ALongListsTests: XCTestCase {
    static func panel(_ timeline: Timeline, step: Int, width: Int = 200) -> [String] {
        let state = StateReplayer(timeline: timeline).state(after: step)
        return StatePanel(state: state, painter: Painter(capabilities: .plain), width: width, hidesInfrastructure: true).lines()
    }

    /// The lines of the row that starts with `label` and the continuation lines under it.
    static func row(_ label: String, in lines: [String]) -> [String] {
        guard let start = lines.firstIndex(where: { $0.hasPrefix(" " + label) }) else { return [] }
        let rest = lines[(start + 1)...].prefix { $0.hasPrefix(String(repeating: " ", count: StatePanel.labelWidth + 2)) }
        return [lines[start]] + rest
    }

    func testTheExecutorsNotStartedItemsAreARangeOnAFewLines() throws {
        let timeline = try Gaps16BTests.corpus("r36l_executor_2000_futures--fork")
        let state = StateReplayer(timeline: timeline).state(after: 2300)
        let executor = try XCTUnwrap(state.executors.first)
        XCTAssertGreaterThan(executor.notStarted.count, 1000, "the step must hold a long list to test this")
        let lines = Self.panel(timeline, step: 2300)
        let work = Self.row("work items", in: lines)
        XCTAssertLessThanOrEqual(work.count, 4, work.joined(separator: "\n"))
        let text = work.joined(separator: " ")
        // the state's own first and last pending items, as a range
        let pending = executor.notStarted.first(StatePanel.maxListed)
        XCTAssertEqual(pending.count, executor.notStarted.count)
        XCTAssertTrue(text.contains("not started yet: \(executor.notStarted.count) (\(pending[0])–"), text)
        XCTAssertTrue(text.contains("\(pending.last!))") || text.contains("more)"), text)
        XCTAssertTrue(text.contains("returned: "), "the rest of the executor's state is on the screen: \(text)")
        let zh = Language.with(.zh) { Self.row("工作项", in: Self.panel(timeline, step: 2300)) }
        XCTAssertLessThanOrEqual(zh.count, 4, zh.joined(separator: "\n"))
    }

    func testThePoolsWaitingTasksAreRangesOnAFewLines() throws {
        let timeline = try Gaps16BTests.corpus("r36l_pool_map_5000--fork")
        let state = StateReplayer(timeline: timeline).state(after: 8000)
        let pool = try XCTUnwrap(state.pools.first)
        XCTAssertGreaterThan(pool.waiting.count, 1000, "the step must hold a long list to test this")
        let lines = Self.panel(timeline, step: 8000)
        let tasks = Self.row("tasks", in: lines)
        XCTAssertLessThanOrEqual(tasks.count, 4, lines.joined(separator: "\n"))
        let text = tasks.joined(separator: " ")
        let names = Array(pool.waiting).map { $0.replacing("task ", with: "") }
        XCTAssertTrue(text.contains("\(pool.waiting.count) waiting: \(names[0])–"), text)
        XCTAssertTrue(text.contains(names.last!) || text.contains(" more"), text)
        XCTAssertTrue(lines.contains { $0.hasPrefix(" results") }, "the rows after the tasks are on the screen")
    }

    /// A short list is as it was: every item, no range (r36l_executor_2000_futures' first steps, a few items pending).
    func testAShortListIsUnchanged() throws {
        let timeline = try Gaps16BTests.corpus("r36l_executor_2000_futures--fork")
        let replayer = StateReplayer(timeline: timeline)
        let step = try XCTUnwrap(timeline.events.indices.first { (replayer.state(after: $0).executors.first?.notStarted.count ?? 0) == 5 })
        let executor = try XCTUnwrap(replayer.state(after: step).executors.first)
        let items = executor.notStarted.first(10).map(String.init).joined(separator: ", ")
        let text = Self.row("work items", in: Self.panel(timeline, step: step)).joined(separator: " ")
        XCTAssertTrue(text.contains("not started yet: 5 (\(items))"), text)
    }
}
