import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 30A (issue 11): the resource tracker's note names whose its semaphores are, a Lock rebuilt in a spawn child is
/// the parent's in the state panel and the summary, an executor's initializer and its failed submits on its rows.
final class Gaps30ATests: XCTestCase {
    private let caps = TerminalCapabilities(color: false, unicode: true, width: 400, isInteractive: false)

    private func trackerNote(_ name: String, lang: Language = .en) throws -> String? {
        let timeline = try Gaps16BTests.corpus(name)
        return Language.with(lang) { Gaps16BTests.notes(timeline) }.first { $0.kind == .trackerLeak }?.text
    }

    /// g30a_tracker_owners (spawn, forkserver): a child's JoinableQueue, Event and seven Locks, the child SIGKILLed. The
    /// note listed "semaphore /mp-…" for the queue's eight and the event's five (multiprocessing's own, no object of
    /// their own in the record), six names, then "…" with no count. They are now grouped under the object that made
    /// them (the register's `made_in`), and the left-out ones counted.
    func testTheTrackerNoteGroupsASemaphoreUnderTheObjectThatMadeIt() throws {
        for method in ["spawn", "forkserver"] {
            let text = try XCTUnwrap(try trackerNote("g30a_tracker_owners--\(method)"), method)
            XCTAssertTrue(text.contains("never unregistered: 8 named semaphores JoinableQueue#1 made for itself (Lock ×2, BoundedSemaphore, "
                + "Semaphore, its Condition's RLock, its Condition's Semaphore ×3; registered by Process-1 at "), "\(method): \(text)")
            XCTAssertTrue(text.contains("5 named semaphores Event#1 made for itself (Lock, its Condition's Semaphore ×3, Semaphore; "
                + "registered by Process-1 at "), "\(method): \(text)")
            XCTAssertTrue(text.contains("Lock#1 (registered by Process-1 at "), "\(method): \(text)")
            // 2 groups + 7 locks = 9 items: 6 shown, 3 counted
            XCTAssertTrue(text.contains("Lock#4 (registered by Process-1 at ") && text.contains(" and 3 more."), "\(method): \(text)")
            XCTAssertFalse(text.contains("/mp-"), "\(method): \(text)")
            XCTAssertFalse(text.contains("…"), "\(method): \(text)")
            XCTAssertTrue(text.contains("Process-1 ended by SIGKILL (exitcode -9)"), "\(method): \(text)")
            let zh = try XCTUnwrap(try trackerNote("g30a_tracker_owners--\(method)", lang: .zh))
            XCTAssertTrue(zh.contains("JoinableQueue#1 为自己创建的 8 个命名信号量（Lock ×2、BoundedSemaphore、Semaphore、它的 Condition 的 RLock、"), zh)
            XCTAssertTrue(zh.contains("，另有 3 项。"), zh)
        }
        // an older record (no made_in): the raw names stay, with the count of those left out
        let old = try XCTUnwrap(try trackerNote("r10a_joinable_forgot_task_done--spawn"))
        XCTAssertTrue(old.contains("semaphore /mp-") && old.contains(" and 2 more."), old)
    }

    /// g29b_shm_attached_never_unlinked (spawn): the segment is registered by the parent at create and again by the
    /// child at attach; the note said only the first.
    func testTheTrackerNoteSaysEveryRegistrationOfAName() throws {
        let text = try XCTUnwrap(try trackerNote("g29b_shm_attached_never_unlinked--spawn"))
        XCTAssertTrue(text.contains("SharedMemory#1 (registered by MainProcess at 1.436 s, again by Process-1 at 2.380 s)."), text)
    }

    /// r9b_module_lock_spawn (forkserver): each child's module-level Lock, made while the child imported the main
    /// module, is never unregistered; the note said only that exit cleanup or collection unregisters one, which both
    /// happen under spawn (sys.exit: collected at shutdown; no warning there) and neither under forkserver.
    func testAForkserverChildsImportTimeLockIsExplained() throws {
        let text = try XCTUnwrap(try trackerNote("r9b_module_lock_spawn--forkserver"))
        XCTAssertTrue(text.contains(" ForkServerProcess-1, ForkServerProcess-2 made 2 of them while importing the program's main module, "
            + "before their start: a forkserver child's start (Process._bootstrap) then empties multiprocessing's list of exit cleanups "
            + "(util._finalizer_registry)"), text)
        XCTAssertTrue(text.contains("os._exit()"), text)
        XCTAssertNil(try trackerNote("r9b_module_lock_spawn--spawn"), "no warning under spawn")
        // a forkserver child whose lock was made in run() and that was killed: the signal, not the import, is said
        let killed = try XCTUnwrap(try trackerNote("g29b_semaphores_killed_child--forkserver"))
        XCTAssertFalse(killed.contains("while importing"), killed)
        let zh = try XCTUnwrap(try trackerNote("r9b_module_lock_spawn--forkserver", lang: .zh))
        XCTAssertTrue(zh.contains("在导入程序主模块时、也就是启动之前，共创建了其中 2 个"), zh)
    }

    /// g29b_lock_to_spawn_child (spawn): each child rebuilds Lock#1 from its pickle (`lock.unpickled`); the panel's lock
    /// row and the summary said nothing of it. Both now name the processes that share it, in the same order.
    func testARebuiltLockIsOneLockSharedInThePanelAndTheSummary() throws {
        let timeline = try Round22MTests.timeline("g29b_lock_to_spawn_child--spawn")
        let unpickled = timeline.indices(of: .lockUnpickled).filter { timeline.events[$0].object == "Lock#1" }
        XCTAssertEqual(unpickled.count, 2)
        let before = Gaps23Tests.panel(timeline, after: unpickled[0] - 1).filter { $0.hasPrefix("Lock#1") }
        XCTAssertEqual(before, ["Lock#1 (Lock): free"])
        let rows = Gaps23Tests.panel(timeline, after: unpickled[1]).filter { $0.hasPrefix("Lock#1") }
        XCTAssertEqual(rows.count, 1, "\(rows)")
        let first = timeline.events[unpickled[0]].process, second = timeline.events[unpickled[1]].process
        XCTAssertTrue(rows[0].replacing("\u{00A0}", with: " ").hasSuffix(" · shared with \(first), \(second), which rebuilt it from its pickle: "
            + "one named semaphore, not a copy"), rows[0])
        let summary = SummaryRenderer(timeline: timeline, capabilities: caps).render()
        XCTAssertTrue(summary.contains("Lock#1 (Lock): 2 acquisitions, 1 had to wait · shared with \(first), \(second), which rebuilt it"), summary)
        // under fork nothing is rebuilt: no such words
        let fork = try Round22MTests.timeline("g29b_lock_to_spawn_child--fork")
        XCTAssertFalse(SummaryRenderer(timeline: fork, capabilities: caps).render().contains("shared with"))
        XCTAssertFalse(Gaps23Tests.panel(fork, after: fork.events.count - 1).contains { $0.contains("shared with") })
    }

    /// g30a_executor_rows (every method): the executor rows had no initializer, a ThreadPoolExecutor whose initializer
    /// raised was not broken until the end, a refused submit() and an item whose call could not be pickled were only
    /// "raised: 1" or nothing.
    func testAnExecutorsInitializerAndItsFailedSubmitsAreOnItsRows() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("g30a_executor_rows--\(method)")
            let events = timeline.events
            let create = try XCTUnwrap(timeline.indices(of: .executorCreate).first)
            XCTAssertTrue(Gaps29ATests.row(timeline, after: create, "ThreadPoolExecutor#1").hasSuffix("no worker started yet · initializer bad_init()"),
                          Gaps29ATests.row(timeline, after: create, "ThreadPoolExecutor#1"))
            let failed = try XCTUnwrap(timeline.indices(of: .executorInitEnd).first { events[$0].ok == false })
            XCTAssertTrue(Gaps29ATests.row(timeline, after: failed, "ThreadPoolExecutor#1").contains(
                "initializer bad_init() · its initializer raised in ThreadPoolExecutor-0_0 (OSError: config not found) · broken (BrokenThreadPool)"),
                          "\(method): " + Gaps29ATests.row(timeline, after: failed, "ThreadPoolExecutor#1"))
            let refused = try XCTUnwrap(timeline.indices(of: .futureSubmitError).first)
            XCTAssertTrue(Gaps29ATests.row(timeline, after: refused, "submitted").contains(
                "1 submit() call refused (BrokenThreadPool): no work item made · failed by the break: 1"),
                          "\(method): " + Gaps29ATests.row(timeline, after: refused, "submitted"))
            let unsent = try XCTUnwrap(timeline.indices(of: .futureResult).first { events[$0].bool(EventField.unsent) == true })
            let work = try XCTUnwrap(events[unsent].work)
            let last = events.count - 1
            let rows = Gaps23Tests.panel(timeline, after: last).map { $0.replacing("\u{00A0}", with: " ") }
            let process = try XCTUnwrap(rows.firstIndex { $0.hasPrefix("ProcessPoolExecutor#1") })
            XCTAssertTrue(rows[process].contains("initializer ready()"), rows[process])
            XCTAssertTrue(rows[process + 1].contains("returned: 1, raised: 1, cancelled: 0 · never sent to a worker (its call could not be "
                + "pickled): \(work) (PicklingError, argument f) · 1 submit() call refused (RuntimeError): no work item made"), "\(method): \(rows[process + 1])")
            let zh = Language.with(.zh) { Gaps23Tests.panel(timeline, after: last) }.joined(separator: "\n")
            XCTAssertTrue(zh.contains("初始化函数 ready()") && zh.contains("有 1 次 submit() 被拒绝（RuntimeError）"), zh)
        }
    }
}
