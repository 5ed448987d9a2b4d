import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 29A (issue 11): an executor's rows in the state panel, a renamed thread's lane, logging's listener thread.
final class Gaps29ATests: XCTestCase {
    /// The panel's rows that start with `prefix` after `step` (the executor row starts with its label, the work-items
    /// row with "submitted").
    static func row(_ timeline: Timeline, after step: Int, _ prefix: String, lang: Language = .en) -> String {
        // the dot between parts has a no-break space before it (it stays at a line's end when the line wraps)
        Language.with(lang) { Gaps23Tests.panel(timeline, after: step).first { $0.hasPrefix(prefix) } ?? "" }.replacing("\u{00A0}", with: " ")
    }

    /// futures_thread_pool (fork), --step: the panel had rows for pools, queues, locks and processes, none for the
    /// ThreadPoolExecutor, so while MainProcess waited in as_completed() nothing said which work item ran in which thread.
    /// Its rows now follow the record: workers started and alive, items not started, running (in which thread), outcomes.
    func testAThreadPoolExecutorsRowsFollowItsWorkItems() throws {
        let timeline = try Round22MTests.timeline("futures_thread_pool--fork")
        let events = timeline.events
        let wait = try XCTUnwrap(timeline.indices(of: .executorWait).first)
        XCTAssertEqual(Self.row(timeline, after: wait, "ThreadPoolExecutor#1"), "ThreadPoolExecutor#1 (ThreadPoolExecutor, max_workers=3): "
            + "workers started: 3, alive: 3 (ThreadPoolExecutor-0_0, ThreadPoolExecutor-0_1, ThreadPoolExecutor-0_2)")
        XCTAssertEqual(Self.row(timeline, after: wait, "submitted"), "submitted: 4 · not started yet: 1 (3) · running: 0 in "
            + "ThreadPoolExecutor-0_0, 1 in ThreadPoolExecutor-0_1, 2 in ThreadPoolExecutor-0_2 · returned: 0, raised: 0, cancelled: 0")
        // item 1 raised in its thread (future.end ok false): counted when it ended, not before
        let raised = try XCTUnwrap(timeline.indices(of: .futureEnd).first { events[$0].ok == false })
        XCTAssertTrue(Self.row(timeline, after: raised - 1, "submitted").hasSuffix("returned: 2, raised: 0, cancelled: 0"))
        XCTAssertEqual(Self.row(timeline, after: raised, "submitted"),
                       "submitted: 4 · none waiting to start · running: 0 in ThreadPoolExecutor-0_0 · returned: 2, raised: 1, cancelled: 0")
        // the with block's end: shutdown() waits, the threads end one by one, then it returned
        let shutdownWait = try XCTUnwrap(timeline.indices(of: .executorWait).last)
        XCTAssertTrue(Self.row(timeline, after: shutdownWait, "ThreadPoolExecutor#1").hasSuffix(
            "alive: 3 (ThreadPoolExecutor-0_0, ThreadPoolExecutor-0_1, ThreadPoolExecutor-0_2) · shutdown() called: it takes no new work and waits for its work items"))
        let firstExit = try XCTUnwrap(timeline.indices(of: .threadExit).first)
        XCTAssertTrue(Self.row(timeline, after: firstExit, "ThreadPoolExecutor#1").contains("workers started: 3, alive: 2 (ThreadPoolExecutor-0_0, ThreadPoolExecutor-0_1)"))
        let shutdown = try XCTUnwrap(timeline.indices(of: .executorShutdown).first)
        XCTAssertTrue(Self.row(timeline, after: shutdown, "ThreadPoolExecutor#1").hasSuffix("workers started: 3, alive: 0 · shut down"))
        XCTAssertEqual(Self.row(timeline, after: shutdown, "submitted"), "submitted: 4 · none waiting to start · returned: 3, raised: 1, cancelled: 0")
        let zh = Self.row(timeline, after: wait, "已提交", lang: .zh)
        XCTAssertEqual(zh, "已提交 4 个 · 还没开始 1 个（3） · 正在运行：0 在 ThreadPoolExecutor-0_0 里、1 在 ThreadPoolExecutor-0_1 里、"
            + "2 在 ThreadPoolExecutor-0_2 里 · 已返回 0 个，抛出异常 0 个，已取消 0 个")
    }

    /// futures_wait_first (spawn): one worker process, five items, wait(FIRST_COMPLETED), then the rest cancelled. The
    /// panel shows the worker the executor's submit() spawned, the item it runs, and the two cancelled items.
    func testAProcessPoolExecutorsRowsShowItsWorkerAndCancelledItems() throws {
        let timeline = try Round22MTests.timeline("futures_wait_first--spawn")
        let events = timeline.events
        let start = try XCTUnwrap(timeline.indices(of: .futureStart).first)
        XCTAssertEqual(Self.row(timeline, after: start, "ProcessPoolExecutor#1"),
                       "ProcessPoolExecutor#1 (ProcessPoolExecutor, max_workers=1): workers started: 1, alive: 1 (SpawnProcess-1)")
        XCTAssertEqual(Self.row(timeline, after: start, "submitted"), "submitted: 5 · not started yet: 4 (1, 2, 3, 4) · running: 0 in "
            + "SpawnProcess-1 · returned: 0, raised: 0, cancelled: 0")
        // a worker's end is not the program's outcome: it comes back on the manager thread (future.result)
        let end = try XCTUnwrap(timeline.indices(of: .futureEnd).first)
        XCTAssertTrue(Self.row(timeline, after: end, "submitted").contains("ended in their worker, outcome not back yet: 0 · returned: 0"),
                      Self.row(timeline, after: end, "submitted"))
        let back = try XCTUnwrap(timeline.indices(of: .futureResult).first)
        XCTAssertTrue(Self.row(timeline, after: back, "submitted").hasSuffix("returned: 1, raised: 0, cancelled: 0"))
        let cancels = timeline.indices(of: .futureCancel).filter { events[$0].ok == true }
        XCTAssertEqual(cancels.count, 2)
        XCTAssertTrue(Self.row(timeline, after: try XCTUnwrap(cancels.last), "submitted").hasSuffix("cancelled: 2"))
        let exit = try XCTUnwrap(timeline.indices(of: .processExit).first { events[$0].process == "SpawnProcess-1" })
        XCTAssertTrue(Self.row(timeline, after: exit, "ProcessPoolExecutor#1").contains("workers started: 1, alive: 0 · shutdown() called"))
    }

    /// futures_broken_pool (fork): a worker died; every Future not done failed with BrokenProcessPool (3, as the record's
    /// `pending` says). The spawns of this older recording carry no executor: the row says its workers' starts are not
    /// in the record instead of "no worker started yet" while items ran.
    func testABrokenExecutorsRowSaysItBrokeAndWhatFailed() throws {
        let timeline = try Round22MTests.timeline("futures_broken_pool--fork")
        let start = try XCTUnwrap(timeline.indices(of: .futureStart).first)
        XCTAssertTrue(Self.row(timeline, after: start, "ProcessPoolExecutor#1").hasSuffix("its worker processes' starts are not in this record"))
        let broken = try XCTUnwrap(timeline.indices(of: .executorBroken).first)
        XCTAssertEqual(timeline.events[broken].int(EventField.pending), 3)
        XCTAssertEqual(Self.row(timeline, after: broken, "ProcessPoolExecutor#1"), "ProcessPoolExecutor#1 (ProcessPoolExecutor, max_workers=2): "
            + "its worker processes' starts are not in this record · broken (BrokenProcessPool): it takes no new work")
        XCTAssertEqual(Self.row(timeline, after: broken, "submitted"),
                       "submitted: 4 · none waiting to start · returned: 1, raised: 0, cancelled: 0 · failed by the break: 3")
        let zh = Self.row(timeline, after: broken, "ProcessPoolExecutor#1", lang: .zh)
        XCTAssertTrue(zh.hasSuffix("已损坏（BrokenProcessPool）：不再接收新工作"), zh)
    }
}

extension Gaps29ATests {
    /// r28_log_queue_listener (fork): logging.handlers.QueueListener's thread ("Thread-1 (_monitor)") read as one of the
    /// program's threads ("MainProcess · _monitor"), and listener.stop()'s put as the program's own "put None on Queue#1".
    /// The record names the thread's target (QueueListener._monitor): its lane and its start row say it is logging's, and a
    /// put of None on the queue that thread took from, while it runs, says what None is to it.
    func testLoggingsListenerThreadAndItsSentinelAreNamed() throws {
        let timeline = try Round22MTests.timeline("r28_log_queue_listener--fork")
        let lane = try XCTUnwrap(timeline.lanes.first { $0.thread == "Thread-1 (_monitor)" })
        XCTAssertEqual(lane.label, "MainProcess · Thread-1 (_monitor) (logging's QueueListener)")
        let starts = Round22MTests.rows(timeline, .threadStart)
        XCTAssertEqual(starts.first, "starts thread Thread-1 (_monitor) (logging's own: logging.handlers.QueueListener's thread, which takes "
            + "log records off the queue and hands them to its handlers until it gets None)")
        XCTAssertFalse(starts.dropFirst().contains { $0.contains("QueueListener") }, "\(starts)")
        let puts = Round22MTests.rows(timeline, .queuePut)
        XCTAssertEqual(puts.filter { $0.contains("QueueListener") }.count, 1, "\(puts)")
        XCTAssertTrue(try XCTUnwrap(puts.last).hasSuffix(": None is the sentinel QueueListener's thread Thread-1 (_monitor) stops at "
            + "(it got from Queue#1 before; QueueListener.stop() puts it, then joins the thread)"), "\(puts)")
        let zh = Round22MTests.rows(timeline, .queuePut, lang: .zh)
        XCTAssertTrue(try XCTUnwrap(zh.last).contains("None 是让 QueueListener 的线程 Thread-1 (_monitor) 停下的哨兵"), "\(zh)")
        // a None put where no listener runs is only a put
        let plain = try Round22MTests.timeline("queue_pipeline_stages--fork")
        let plainPuts = Round22MTests.rows(plain, .queuePut)
        XCTAssertTrue(plainPuts.contains { $0.contains("None") }, "\(plainPuts)")
        XCTAssertFalse(plainPuts.contains { $0.contains("QueueListener") })
    }
}

extension Gaps29ATests {
    /// Every corpus recording with an executor: at its last step the panel's model counts what the summary's figures count
    /// (`ExecutorFigures`: submitted, cancelled), and no item is both returned or raised and still listed as pending.
    func testTheExecutorRowsAgreeWithTheSummarysFiguresOnEveryRecording() throws {
        let folder = BinaryHarness.repoRoot + "/corpus/transcripts"
        var checked = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where name.hasSuffix(".jsonl") {
            let path = folder + "/" + name
            guard let text = try? String(contentsOfFile: path, encoding: .utf8), text.contains("\"executor.create\"") else { continue }
            let timeline = TimelineBuilder.build(try TranscriptReader.read(path: path))
            let state = StateReplayer(timeline: timeline).state(after: timeline.events.count - 1)
            for figures in ExecutorFigures.all(timeline) {
                let executor = try XCTUnwrap(state.executors.first { $0.label == figures.executor }, name)
                XCTAssertEqual(executor.submitted, figures.submitted, "\(name) \(figures.executor)")
                XCTAssertEqual(executor.cancelled, figures.cancelled, "\(name) \(figures.executor)")
                XCTAssertLessThanOrEqual(executor.done + executor.failed + executor.cancelled + executor.failedByBreak,
                                         executor.submitted + figures.queuedByFailedSubmit.count, "\(name) \(figures.executor)")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 350)
        print("executors checked: \(checked)")
    }
}

extension Gaps29ATests {
    /// g29a_renamed_threads (all three): the parent sets `a.name = "loader"` after a's first acquisition, b sets its own
    /// name after its first. The tracer names a thread at its first event, so the lanes stayed "MainProcess ·
    /// renamed_by_parent" and "MainProcess · renames_itself" while "join() of thread loader" and "thread self-renamed ends"
    /// named threads no lane had. (No second lane opened: the brief's symptom did not happen on 3.11.7.) The lane now says
    /// the name its thread had at its end, from the thread's own `thread.exit`.
    func testARenamedThreadsLaneSaysTheNameItHadAtItsEnd() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("g29a_renamed_threads--\(method)")
            let labels = timeline.lanes.filter { !$0.isMainThread }.map(\.label).sorted()
            XCTAssertEqual(labels, ["MainProcess · renamed_by_parent, named loader by its end",
                                    "MainProcess · renames_itself, named self-renamed by its end"], method)
            let zh = Language.with(.zh) { timeline.lanes.filter { !$0.isMainThread }.map(\.label).sorted() }
            XCTAssertEqual(zh.first, "MainProcess · renamed_by_parent，结束时已改名为 loader", method)
        }
        // a thread never renamed keeps its plain label
        let plain = try Round22MTests.timeline("r28_log_queue_listener--fork")
        XCTAssertFalse(plain.lanes.contains { $0.label.contains("by its end") })
    }
}
