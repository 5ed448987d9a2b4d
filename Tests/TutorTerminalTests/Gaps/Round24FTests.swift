import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 24F: concurrent.futures' corners, each on its committed recording.
final class Round24FTests: XCTestCase {
    static func timeline(_ name: String) throws -> Timeline {
        TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/corpus/transcripts/\(name).jsonl"))
    }

    static func rows(_ timeline: Timeline, _ kind: EventKind, lang: Language = .en) -> [String] {
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        return Language.with(lang) { timeline.indices(of: kind).map { describer.describe($0) } }
    }

    /// r24f_worker_kills_sibling: a work item's os.kill(sibling, SIGKILL), then the broken executor's terminate() of both
    /// workers. The -9 end's note said only "ForkProcess-1 was ended by SIGKILL: exitcode -9." (the later SIGTERM hid the
    /// sender); a terminate() cannot end a process with -9, so the note names the sibling that sent it.
    func testASiblingsSigkillIsNamedDespiteTheExecutorsLaterTerminate() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Self.timeline("r24f_worker_kills_sibling--\(method)")
            let sent = try XCTUnwrap(timeline.indices(of: .processSignalSent).first)
            let sender = timeline.events[sent].process
            let victim = try XCTUnwrap(timeline.events[sent].int(EventField.toPid))
            let end = try XCTUnwrap(timeline.events.lastIndex { $0.exitCode == -9 && ($0.childPid.map(Int64.init) == victim || Int64($0.pid) == victim) })
            let notes = Annotator(timeline: timeline).notes().filter { $0.text.contains("was ended by SIGKILL") }
            XCTAssertEqual(notes.count, 1, notes.map(\.text).joined(separator: "\n"))
            XCTAssertTrue(notes.first?.text.contains("(\(sender) sent it SIGKILL with os.kill())") == true,
                          "\(method) at \(end): " + (notes.first?.text ?? "none"))
            let zh = Language.with(.zh) { Annotator(timeline: timeline).notes().filter { $0.text.contains("SIGKILL") }.map(\.text) }
            XCTAssertTrue(zh.contains { $0.contains("\(sender) 用 os.kill() 向它发送了 SIGKILL") }, zh.joined(separator: "\n"))
            // the SIGTERM'd sibling keeps the executor's terminate() as its cause
            let term = Annotator(timeline: timeline).notes().filter { $0.text.contains("was ended by SIGTERM") }
            XCTAssertTrue(term.first?.text.contains("called terminate() on it") == true, term.first?.text ?? "none")
        }
    }
}

extension Round24FTests {
    /// r24f_threads_in_worker_timeout: the worker's threading._shutdown() read "reaches interpreter exit: …" and the wait
    /// "(at interpreter exit, …)"; in a multiprocessing child Process._bootstrap() calls it after run() returned (for
    /// fork and forkserver children the interpreter's exit never comes: os._exit() follows). The main process's keeps
    /// the interpreter-exit words (r24f_map_chunks_timeout_midway).
    func testAChildsThreadingShutdownIsProcessBootstrapsNotInterpreterExit() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Self.timeline("r24f_threads_in_worker_timeout--\(method)")
            let rows = Self.rows(timeline, .threadShutdownWait)
            XCTAssertEqual(rows, ["after run() returned, multiprocessing's Process._bootstrap() calls threading._shutdown(): it waits for "
                                  + "fetcher_0, fetcher_1 to end (non-daemon threads) before this process can exit"], method)
            let zh = Self.rows(timeline, .threadShutdownWait, lang: .zh)
            XCTAssertTrue(zh[0].hasPrefix("run() 返回后，multiprocessing 的 Process._bootstrap() 调用 threading._shutdown()"), zh[0])
            // the state at that wait: the worker's blocked call says the same
            let at = timeline.indices(of: .threadShutdownWait)[0]
            let state = StateReplayer(timeline: timeline).state(after: at)
            let waits = state.blocked.filter { $0.pid == timeline.events[at].pid }.map { "\($0.target)" }
            XCTAssertTrue(waits.contains { $0.contains("after run() returned, Process._bootstrap() joins") }, waits.joined(separator: "\n"))
            XCTAssertFalse(waits.contains { $0.contains("interpreter exit") }, waits.joined(separator: "\n"))
            let main = Self.rows(try Self.timeline("r24f_map_chunks_timeout_midway--\(method)"), .threadShutdownWait)
            XCTAssertTrue(main.first?.hasPrefix("reaches interpreter exit: threading._shutdown() waits for Thread-1") == true, main.first ?? "none")
        }
    }

    /// r24f_threads_in_worker_timeout: a ThreadPoolExecutor's shutdown(cancel_futures=True) read "cancels work item 4, not
    /// yet sent to a worker" (zh: 还没交给工作进程, "not yet handed to a worker process"): a thread pool has no worker
    /// process; its threads take items from its queue. A ProcessPoolExecutor's keep their words (r16f).
    func testAThreadPoolsShutdownCancelSaysNoThreadHadTakenIt() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let rows = Self.rows(try Self.timeline("r24f_threads_in_worker_timeout--\(method)"), .futureCancel)
            XCTAssertEqual(rows, [4, 5].map { "shutdown(cancel_futures=True) cancels work item \($0), still in the executor's queue (no worker thread had taken it): it will never run" }, method)
            let zh = Self.rows(try Self.timeline("r24f_threads_in_worker_timeout--\(method)"), .futureCancel, lang: .zh)
            XCTAssertFalse(zh.contains { $0.contains("工作进程") }, zh.joined(separator: "\n"))
            let process = Self.rows(try Self.timeline("r16f_shutdown_cancel_futures_running--\(method)"), .futureCancel)
            XCTAssertTrue(process.contains { $0.contains("not yet sent to a worker: it will never run") }, process.joined(separator: "\n"))
        }
    }
}

extension Round24FTests {
    /// r24f_max_tasks_initializer_raises (spawn, forkserver): during shutdown() the manager thread started a third worker
    /// ("start() → SpawnProcess-3 pid …" on Thread-1) and nothing said why: it replaced the worker that left after its two
    /// work items (3.11's `_adjust_process_count()` after an `exit_pid`, even while shutting down) and took no work item.
    /// The row says so; the workers started by submit() say nothing more, and fork (max_tasks_per_child refused) has none.
    func testAWorkerReplacedDuringShutdownSaysWhy() throws {
        for method in ["spawn", "forkserver"] {
            let timeline = try Self.timeline("r24f_max_tasks_initializer_raises--\(method)")
            let rows = Self.rows(timeline, .processSpawn).filter { $0.contains("Process-") }
            let marked = rows.filter { $0.contains("max_tasks_per_child") }
            XCTAssertEqual(marked.count, 1, rows.joined(separator: "\n"))
            let prefix = method == "spawn" ? "SpawnProcess" : "ForkServerProcess"
            XCTAssertTrue(marked.first?.contains(" · ProcessPoolExecutor#1's manager thread starts it in place of \(prefix)-2, which left after its "
                                                 + "max_tasks_per_child (2) work items: Python 3.11 replaces such a worker even after shutdown() "
                                                 + "was called (at ") == true, marked.first ?? "none")
            XCTAssertTrue(marked.first?.hasSuffix("and \(prefix)-3 took no work item") == true, marked.first ?? "none")
            let zh = Self.rows(timeline, .processSpawn, lang: .zh).filter { $0.contains("max_tasks_per_child") }
            XCTAssertTrue(zh.first?.contains("的管理线程启动它来顶替 \(prefix)-2") == true, zh.first ?? "none")
        }
        let fork = Self.rows(try Self.timeline("r24f_max_tasks_initializer_raises--fork"), .processSpawn)
        XCTAssertFalse(fork.contains { $0.contains("max_tasks_per_child") }, fork.joined(separator: "\n"))
    }
}
