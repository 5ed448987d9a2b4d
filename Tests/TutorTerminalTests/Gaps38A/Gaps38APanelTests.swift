import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 38A (round 37Z's leftovers, issue 11: the panel and the notes never disagree). r37z_pool_worker_exits_map:
/// Pool(2).map, item 4's worker calls os._exit(3), the replacement worker starts and takes no task; the process row said
/// "ForkPoolWorker-3 running" beside the pool row's "ForkPoolWorker-3 idle", and at the os._exit(3) nothing on the pool
/// row said task 0.4 was lost with the worker.
final class Gaps38APanelTests: XCTestCase {
    private static func rows(_ timeline: Timeline, after index: Int, lang: Language = .en) -> [(label: String, text: String)] {
        Language.with(lang) {
            StatePanel(state: StateReplayer(timeline: timeline).state(after: index), painter: Painter(capabilities: .plain), width: 400,
                       hidesInfrastructure: true).rows()
        }
    }

    /// The process row of a process named `name` ("ForkPoolWorker-3 31274  running"), if the panel has one.
    private static func processRow(_ rows: [(label: String, text: String)], _ name: String) -> String? {
        rows.map(\.text).first { $0.hasPrefix(name + " ") && !$0.contains(":") }
    }

    /// At every step of every start method, a worker the pool row calls idle is not "running" on its process row.
    func testAPoolWorkerThePoolRowCallsIdleIsNotRunningOnItsProcessRow() throws {
        for name in ["r37z_pool_worker_exits_map--fork", "r37z_pool_worker_exits_map--spawn", "r37z_pool_worker_exits_map--forkserver",
                     "r25_dummy_vs_process_pool_init--fork", "r25_dummy_vs_process_pool_init--spawn"] {
            let timeline = try Gaps16BTests.corpus(name)
            var checked = 0
            for index in timeline.events.indices {
                let rows = Self.rows(timeline, after: index)
                for pool in rows.filter({ $0.label.hasPrefix("pool") }).map(\.text) {
                for part in pool.components(separatedBy: "· ") where part.hasSuffix("idle ") || part.hasSuffix("idle") {
                    let worker = (part.range(of: ": ").map { String(part[$0.upperBound...]) } ?? part).components(separatedBy: " ").first ?? ""
                    guard worker.contains("PoolWorker"), let row = Self.processRow(rows, worker) else { continue }
                    checked += 1
                    XCTAssertFalse(row.hasSuffix("  running"), "\(name) step \(index): pool row \"\(pool)\", process row \"\(row)\"")
                    XCTAssertTrue(row.contains("idle"), "\(name) step \(index): \(row)")
                }
                }
            }
            XCTAssertGreaterThan(checked, 0, name)
        }
    }

    /// The worker started to replace the dead one waits for its first task, and says so in both languages.
    func testTheReplacementWorkerIsIdleWaitingForItsFirstTask() throws {
        let timeline = try Gaps16BTests.corpus("r37z_pool_worker_exits_map--fork")
        let last = timeline.events.count - 1
        let en = try XCTUnwrap(Self.processRow(Self.rows(timeline, after: last), "ForkPoolWorker-3"))
        XCTAssertTrue(en.hasSuffix("idle, waiting for its first task"), en)
        let zh = try XCTUnwrap(Self.processRow(Self.rows(timeline, after: last, lang: .zh), "ForkPoolWorker-3"))
        XCTAssertTrue(zh.hasSuffix("空闲，等待第一个任务"), zh)
    }

    /// An executor's worker process that runs no work item is not "running": the work items row would name it.
    func testAnExecutorWorkerWithNoWorkItemIsNotRunning() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r37z_executor_broken_cancel--\(method)")
            var idle = 0
            for index in timeline.events.indices {
                let rows = Self.rows(timeline, after: index)
                guard let work = rows.first(where: { $0.label.hasPrefix("work items") })?.text else { continue }
                let state = StateReplayer(timeline: timeline).state(after: index)
                for executor in state.executors {
                    for worker in executor.workersAlive {
                        guard let row = Self.processRow(rows, worker) else { continue }
                        if row.hasSuffix("  running") {
                            XCTAssertTrue(work.contains("in \(worker)"), "\(method) step \(index): \(row) | \(work)")
                        }
                        if row.contains("idle, waiting for a work item") { idle += 1 }
                    }
                }
            }
            XCTAssertGreaterThan(idle, 0, method)
        }
    }

    /// At the os._exit(3) of the worker running task 0.4, the pool row says that task was lost with it, from then on.
    func testThePoolRowSaysWhichTaskWasLostWithItsWorker() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r37z_pool_worker_exits_map--\(method)")
            let exit = try XCTUnwrap(timeline.events.firstIndex { $0.is(.processExit) && $0.exitCode == 3 }, method)
            let worker = timeline.events[exit].process
            func pool(_ index: Int, _ lang: Language = .en) -> String { Self.rows(timeline, after: index, lang: lang).first { $0.text.hasPrefix("Pool#1") }?.text ?? "" }
            XCTAssertFalse(pool(exit - 1).contains("lost"), "\(method): \(pool(exit - 1))")
            for index in [exit, timeline.events.count - 1] {
                XCTAssertTrue(pool(index).contains("task 0.4 lost: \(worker) ended while running it (exited, code 3)"), "\(method) \(index): \(pool(index))")
                XCTAssertTrue(pool(index, .zh).contains("task 0.4 已丢失：\(worker) 在运行它时结束了（退出，退出码 3）"), "\(method): \(pool(index, .zh))")
            }
        }
    }

    /// The queue row's number said as what it is ("0 items", not a bare "0"), and a queue wait in natural Chinese.
    func testTheQueueRowCountsItemsAndAChineseGetWaitReadsAsChinese() throws {
        let timeline = try Gaps16BTests.corpus("r37z_queue_left_items_consumer_stops--fork")
        let first = try XCTUnwrap(timeline.events.firstIndex { $0.is(.queueCreate) })
        let en = Self.rows(timeline, after: first).map(\.text)
        XCTAssertTrue(en.contains { $0.hasPrefix("Queue#1 (Queue, 0 items, unbounded): ") }, "\(en)")
        let zh = Self.rows(timeline, after: first, lang: .zh).map(\.text)
        XCTAssertTrue(zh.contains { $0.hasPrefix("Queue#1（Queue，0 项数据，不限长度）：") }, "\(zh)")
        var waits = 0
        let spawn = try Gaps16BTests.corpus("r37z_queue_left_items_consumer_stops--spawn")
        for index in spawn.events.indices where spawn.events[index].is(.queueWait) {
            let rows = Self.rows(spawn, after: index, lang: .zh).map(\.text)
            XCTAssertFalse(rows.contains { $0.contains("执行 get") || $0.contains("执行 put") }, "\(rows)")
            waits += rows.filter { $0.contains("起等待从 Queue#1 取数据") || $0.contains("起等待向 Queue#1 放入数据") }.count
        }
        XCTAssertGreaterThan(waits, 0)
    }
}
