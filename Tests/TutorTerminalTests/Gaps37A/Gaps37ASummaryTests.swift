import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 37A, items 2–4 (round 36L's Left list): summary lines the record could back but nothing said.
final class Gaps37ASummaryTests: XCTestCase {
    static func summary(_ name: String, zh: Bool = false) throws -> (text: String, timeline: Timeline) {
        let timeline = try Gaps16BTests.corpus(name)
        let render = { SummaryRenderer(timeline: timeline, capabilities: ChineseLayoutGoldenTests.capabilities(400)).render() }
        return (zh ? Language.with(.zh) { render() } : render(), timeline)
    }

    /// Item 2: r36l_lock_counter_1600's second phase never calls get_lock(), yet its Value's RLock#2 was acquired 3,201
    /// times (two per `v.value += 1`, one for the final read): `Value.value` takes the Value's own lock on each get and
    /// set (sharedctypes.make_property). The first phase's RLock#1: 1,600 `with v.get_lock()` blocks (the program's
    /// own), the rest the property's.
    func testAValuesOwnLockTakenByItsValuePropertyIsSaid() throws {
        for method in ["fork", "forkserver", "spawn"] {
            let (text, _) = try Self.summary("r36l_lock_counter_1600--\(method)")
            let lines = text.components(separatedBy: "\n")
            let two = try XCTUnwrap(lines.first { $0.contains("RLock#2 (RLock): 3201 acquisitions") }, "\(method): \(text)")
            XCTAssertTrue(two.contains("every one taken by Value#2 itself: a Value's .value takes its own lock on each get and set"), "\(method): \(two)")
            let one = try XCTUnwrap(lines.first { $0.contains("RLock#1 (RLock): 4801 acquisitions") }, "\(method): \(text)")
            // 4 processes × 400 `with counter.get_lock()` blocks are the program's: the other 3,201 are the property's
            XCTAssertTrue(one.contains("\(4801 - 4 * 400) of them taken by Value#1 itself"), "\(method): \(one)")
            let zh = try Self.summary("r36l_lock_counter_1600--\(method)", zh: true).text
            XCTAssertTrue(zh.contains("全部是 Value#2 自己拿的"), "\(method): \(zh)")
            XCTAssertTrue(zh.contains("其中 3201 次是 Value#1 自己拿的"), "\(method): \(zh)")
        }
        // a lock no Value was made with: nothing said (the manager's Lock, the handmade pool's queue locks)
        for name in ["r36l_manager_dict_from_pool--fork", "r36l_handmade_worker_pool--fork"] {
            XCTAssertFalse(try Self.summary(name).text.contains("taken by"), name)
        }
    }

    /// Item 3: r36l_manager_dict_from_pool makes 2,000 tasks of `with lock: d[w] = d.get(w, 0) + 1` (4 proxy calls each)
    /// and `dict(shared)` (keys() and one __getitem__ per word: the program prints 5 words, total 2000).
    func testAManagersProxyCallsAreCounted() throws {
        for method in ["fork", "forkserver", "spawn"] {
            let (text, timeline) = try Self.summary("r36l_manager_dict_from_pool--\(method)")
            let printed = timeline.events.filter { $0.is(.print) }.compactMap { $0.string(EventField.text) }
            XCTAssertTrue(printed.contains("total: 2000"), "\(method): \(printed)")
            let words = try XCTUnwrap(printed.first { $0.hasPrefix("counts:") }).components(separatedBy: "), (").count
            XCTAssertEqual(words, 5)
            let calls = 4 * 2000 + 1 + words
            let line = try XCTUnwrap(text.components(separatedBy: "\n").first { $0.contains("SyncManager#1: ") }, "\(method): \(text)")
            XCTAssertTrue(line.contains("SyncManager#1: \(calls) calls through its proxies: "), "\(method): \(line)")
            XCTAssertTrue(line.contains("dict#1 \(2 * 2000 + 1 + words) (2000 get, 2000 __setitem__, 1 keys, \(words) __getitem__)"), "\(method): \(line)")
            XCTAssertTrue(line.contains("Lock#1 4000 (2000 acquire, 2000 release)"), "\(method): \(line)")
            XCTAssertTrue(line.contains("2000 could block in its server process (2000 Lock#1.acquire)"), "\(method): \(line)")
            let zh = try Self.summary("r36l_manager_dict_from_pool--\(method)", zh: true).text
            XCTAssertTrue(zh.contains("SyncManager#1：经代理调用 \(calls) 次："), "\(method): \(zh)")
            XCTAssertTrue(zh.contains("Lock#1 4000 次（acquire 2000 次、release 2000 次）"), "\(method): \(zh)")
        }
    }

    /// Item 4: the ledger "time spent waiting (main thread of each process)" lists the processes that waited 10 ms or
    /// more; r36l_lock_counter_1600 (fork) has 9 processes and two rows. The others are now named under it, each with
    /// why it has no row; a run whose every process has a row says nothing more (the handmade pool, spawn).
    func testTheWaitingLedgerSaysWhichProcessesItLeavesOut() throws {
        let (text, timeline) = try Self.summary("r36l_lock_counter_1600--fork")
        let lines = text.components(separatedBy: "\n")
        let heading = try XCTUnwrap(lines.firstIndex { $0.contains("time spent waiting (main thread of each process)") }, text)
        let section = lines[(heading + 1)...].prefix { $0.hasPrefix("    ") }
        let processes = timeline.processes.filter { $0.role == "main" || $0.role == "child" }
        XCTAssertEqual(processes.count, 9)
        let rows = section.filter { $0.contains(" of ") && $0.contains("other ") }
        let notListed = processes.filter { p in !rows.contains { $0.hasPrefix("    \(p.name) ") } }
        XCTAssertFalse(notListed.isEmpty)
        let rest = section.filter { $0.contains("not listed") }.joined(separator: " ")
        XCTAssertTrue(rest.contains("of the \(processes.count) processes"), text)
        for p in notListed { XCTAssertTrue(rest.contains(p.name), "\(p.name) is named: \(text)") }
        let zh = try Self.summary("r36l_lock_counter_1600--fork", zh: true).text
        XCTAssertTrue(zh.contains("未列出：\(processes.count) 个进程中"), zh)

        let all = try Self.summary("r36l_handmade_worker_pool--spawn").text
        XCTAssertFalse(all.contains("not listed"), all)
    }
}
