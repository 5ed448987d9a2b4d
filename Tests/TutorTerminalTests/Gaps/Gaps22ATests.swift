import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 22A: Swift-side leftovers of rounds 20H and 21 and of gaps 21B, each on its committed recording.
final class Gaps22ATests: XCTestCase {
    static func timeline(_ name: String) throws -> Timeline {
        TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/corpus/transcripts/\(name).jsonl"))
    }

    private static func summary(_ timeline: Timeline) -> String {
        SummaryRenderer(timeline: timeline, capabilities: TerminalCapabilities(color: false, unicode: true, width: 400,
                                                                               isInteractive: false)).render()
    }

    /// r20h_pool_result_unpickle_fails: "Pool#1.terminate() raised AssertionError: Cannot have cache with result_hander
    /// not alive" had no why. CPython's `_terminate_pool` raises it when the result handler is dead and results are
    /// owed, before it terminates any worker: the note names the thread's end, the owed tasks, and (from the record) the
    /// exit function's SIGTERM that then ended the workers.
    func testATerminateAssertionNamesTheDeadResultHandlerAndWhatEndedTheWorkers() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Self.timeline("r20h_pool_result_unpickle_fails--\(method)")
            let events = timeline.events
            let terminate = try XCTUnwrap(timeline.indices(of: .poolTerminate).first, method)
            let notes = Annotator(timeline: timeline).notes()
            let text = try XCTUnwrap(notes.first { $0.eventIndex == terminate }?.text, "\(method): \(notes.map(\.text))")
            let died = try XCTUnwrap(timeline.indices(of: .threadExit).first { events[$0].thread.contains("_handle_results") }, method)
            XCTAssertTrue(text.hasPrefix("Pool#1.terminate() raised this AssertionError because Pool#1's result-handler thread had ended at "
                + Format.seconds(events[died].t) + " (ValueError: cannot rebuild Ticket(7) here escaped it) while Pool#1 still had 2 "
                + "tasks not marked ready (task 1, task 2)"), text)
            XCTAssertTrue(text.contains("before it terminates any worker"), text)
            let prefix = ["fork": "Fork", "spawn": "Spawn", "forkserver": "ForkServer"][method] ?? ""
            let atExit = timeline.indices(of: .processTerminate).filter { events[$0].bool(EventField.atExit) == true }
            XCTAssertEqual(atExit.count, 2, method)
            XCTAssertTrue(text.hasSuffix("So terminate() ended none of Pool#1's workers: multiprocessing's exit function sent them SIGTERM, from "
                + Format.seconds(events[atExit[0]].t) + " (\(prefix)PoolWorker-1, \(prefix)PoolWorker-2)."), text)
            let zh = Language.with(.zh) { Annotator(timeline: timeline).notes().first { $0.eventIndex == terminate }?.text ?? "" }
            XCTAssertTrue(zh.contains("还有 2 个任务没有标记为就绪（task 1、task 2）"), zh)
        }
        // r12_error_callback_raises: an error_callback's exception ended the thread (`_handle_results` catches none but
        // KeyError's); task 1 (its result back, its callback raised: still in the cache) and task 2 were not marked ready.
        let r12 = try Self.timeline("r12_error_callback_raises--fork")
        let r12Terminate = try XCTUnwrap(r12.indices(of: .poolTerminate).first)
        let r12Note = try XCTUnwrap(Annotator(timeline: r12).notes().first { $0.eventIndex == r12Terminate }?.text)
        XCTAssertTrue(r12Note.contains("(a callback of task 1 raised RuntimeError: bug in log_error in it) while Pool#1 still had 2 tasks not marked ready (task 1, task 2)"), r12Note)
        // An AssertionError-free terminate() and a pool whose result handler lived get no such note.
        for name in ["r21_get_in_submit_loop--fork", "pool_os_exit_get_timeout--fork"] {
            XCTAssertFalse(Annotator(timeline: try Self.timeline(name)).notes().contains { $0.text.contains("raised this AssertionError") }, name)
        }
    }

    /// r20h_pool_result_unpickle_fails: the summary said "3 of 3 tasks ran" and nothing of the two results that never
    /// reached the parent (task 1's could not be unpickled, and killed the thread that would have read task 2's).
    func testThePoolSummaryCountsResultsThatNeverReachedTheParent() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let summary = Self.summary(try Self.timeline("r20h_pool_result_unpickle_fails--\(method)"))
            XCTAssertTrue(summary.contains("3 of 3 tasks ran · 2 results never arrived (task 1, task 2)"), summary)
        }
        // Every result came back: nothing added.
        let plain = Self.summary(try Self.timeline("r21_get_in_submit_loop--fork"))
        XCTAssertFalse(plain.contains("never arrived"), plain)
    }

    /// r21_get_in_submit_loop (fork): "terminate() ForkPoolWorker-1 (SIGTERM to pid …): it had already exited (code 0,
    /// at …), not yet reaped". `_terminate_pool` signals only a worker whose exitcode poll found it not ended, and the
    /// child writes its `process.exit` just before `os._exit`: the record shows its exit begun, not over.
    func testASignalToAWorkerWhoseExitHadBegunDoesNotSayItHadExited() throws {
        let timeline = try Self.timeline("r21_get_in_submit_loop--fork")
        let events = timeline.events
        let kill = try XCTUnwrap(timeline.indices(of: .processTerminate).first)
        let exit = try XCTUnwrap(events.first { $0.is(.processExit) && $0.process == "ForkPoolWorker-1" })
        let row = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain)).describe(kill)
        XCTAssertTrue(row.hasSuffix(": its exit had begun at \(Format.seconds(exit.t)) (code 0, the end its parent then saw) and it was not yet "
            + "reaped, so this signal ended nothing"), row)
        XCTAssertFalse(row.contains("already exited"), row)
        let zh = Language.with(.zh) { EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain)).describe(kill) }
        XCTAssertTrue(zh.contains("已经开始退出"), zh)
    }
}

extension Gaps22ATests {
    /// thread_pool, r20_dummy_pool_feeds_pool, g18b_threadpool_in_worker: a ThreadPool's worker lanes each read
    /// "MainProcess · worker" (or "ForkPoolWorker-1 · worker"): nothing said whose worker thread it was, nor told them
    /// apart. A thread its pool's constructor started now says its pool and its place.
    func testAThreadPoolsWorkerLanesNameTheirPool() throws {
        let thread = try Self.timeline("thread_pool--fork")
        let labels = thread.lanes.map(\.label)
        for n in 1...3 { XCTAssertTrue(labels.contains("MainProcess · worker \(n) of Pool#1"), "\(labels)") }
        XCTAssertFalse(labels.contains("MainProcess · worker"), "\(labels)")
        let zh = Language.with(.zh) { thread.lanes.map(\.label) }
        XCTAssertTrue(zh.contains("MainProcess · 工作线程 1（Pool#1）"), "\(zh)")
        // beside a process Pool: only the ThreadPool's threads (Pool#2) are named so
        let mixed = try Self.timeline("r20_dummy_pool_feeds_pool--fork").lanes.map(\.label)
        XCTAssertEqual(mixed.filter { $0.hasPrefix("MainProcess · worker ") }.sorted(),
                       ["MainProcess · worker 1 of Pool#2", "MainProcess · worker 2 of Pool#2", "MainProcess · worker 3 of Pool#2"], "\(mixed)")
        // a ThreadPool made inside a Pool's worker process: its threads' lanes carry that process's name
        let nested = try Self.timeline("g18b_threadpool_in_worker--fork").lanes.map(\.label)
        XCTAssertFalse(nested.contains { $0.hasSuffix(" · worker") }, "\(nested)")
        XCTAssertTrue(nested.contains { $0.hasPrefix("ForkPoolWorker-1 · worker 1 of Pool#") }, "\(nested)")
    }
}
