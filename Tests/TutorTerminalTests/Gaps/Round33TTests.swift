import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 33T (issue 11): programs that mix threads, processes and asyncio. r33t_async_join_processes awaits each
/// Process with `asyncio.wait_for(asyncio.to_thread(p.join), 1.0)`; when the budget runs out the first thread stays in
/// `p.join()`, and after `terminate()` a second `to_thread(p.join)` joins the same child from another thread.
final class Round33TTests: XCTestCase {
    private static func notes(_ timeline: Timeline, _ kind: NoteKind, lang: Language = .en) -> [Note] {
        Language.with(lang) { Gaps16BTests.notes(timeline) }.filter { $0.kind == kind }
    }

    /// Fork and spawn: the second thread's join(stuck) returned with no exit code (its waitpid() lost the status to
    /// the first thread's); under fork the program printed "stuck: exit code None". The row said only "join(stuck)
    /// returned"; the note now says why at that row.
    func testAJoinThatLostTheStatusToAnotherThreadSaysSo() throws {
        for (method, thread) in [("fork", "asyncio_0"), ("spawn", "asyncio_3")] {
            let timeline = try Gaps16BTests.corpus("r33t_async_join_processes--\(method)")
            let found = Self.notes(timeline, .joinWithoutExitCode)
            XCTAssertEqual(found.count, 1, method)
            let note = try XCTUnwrap(found.first)
            let row = timeline.events[note.eventIndex]
            XCTAssertTrue(row.is(.processJoin), "\(row)")
            XCTAssertEqual(row.thread, thread)
            XCTAssertEqual(row.name, "stuck")
            XCTAssertTrue(note.text.hasPrefix("join(stuck) returned without stuck's exit code: asyncio_1 was already waiting in join(stuck) (since "), note.text)
            XCTAssertTrue(note.text.contains("asyncio_1's did (exitcode -15, stored at "), note.text)
            XCTAssertTrue(note.text.contains("stuck.exitcode reads None until asyncio_1 stores the code"), note.text)
            XCTAssertEqual(InvariantChecker(timeline: timeline, notes: found).violations(), [], method)
            let zh = try XCTUnwrap(Self.notes(timeline, .joinWithoutExitCode, lang: .zh).first)
            XCTAssertTrue(zh.text.contains("asyncio_1 从 "), zh.text)
            XCTAssertTrue(zh.text.contains("stuck.exitcode 读到的都是 None"), zh.text)
        }
    }

    /// Forkserver: the second thread's poll() found the sentinel pipe read and stored 255 over -15; the footnote said
    /// "stuck exited with code 255" and the summary counted "1 exit code 255" for a child ended by SIGTERM.
    func testAForkserverChildsSecondReapIsNotItsEnd() throws {
        let timeline = try Gaps16BTests.corpus("r33t_async_join_processes--forkserver")
        let all = Gaps16BTests.notes(timeline)
        XCTAssertFalse(all.contains { $0.text.contains("stuck exited with code 255") }, all.map(\.text).joined(separator: "\n"))
        let found = Self.notes(timeline, .exitCodeOverwritten)
        XCTAssertEqual(found.count, 1)
        let note = try XCTUnwrap(found.first)
        XCTAssertEqual(timeline.events[note.eventIndex].exitCode, 255)
        XCTAssertEqual(timeline.events[note.eventIndex].thread, "asyncio_0")
        XCTAssertTrue(note.text.hasPrefix("stuck did not exit with code 255: asyncio_1 had already read its exit status at "), note.text)
        XCTAssertTrue(note.text.contains("(exitcode -15)"), note.text)
        XCTAssertEqual(InvariantChecker(timeline: timeline, notes: found).violations(), [])
        let zh = try XCTUnwrap(Self.notes(timeline, .exitCodeOverwritten, lang: .zh).first)
        XCTAssertTrue(zh.text.hasPrefix("stuck 并不是以退出码 255 结束的"), zh.text)
        // the census counts the child's first reap: ended by SIGTERM
        let census = ProcessCensus(timeline)
        XCTAssertEqual(census.members.first { $0.name == "stuck" }?.exitCode, -15)
        XCTAssertFalse(census.members.contains { $0.exitCode == 255 })
        XCTAssertEqual(ExitReconciler.realEnds(timeline.events).values.filter { $0 == 255 }.count, 0)
    }

    /// The other recordings of the round, whose joins each had one thread: neither note.
    func testNoNoteWhereOneThreadJoinsEachChild() throws {
        for name in ["r33t_async_offload_gather", "r33t_worker_threads_logging", "r33t_line_feeder_pool", "r33t_manager_dict_threads",
                     "r33t_pool_progress_value", "r33t_pool_shared_by_thread"] {
            for method in ["fork", "spawn", "forkserver"] {
                let timeline = try Gaps16BTests.corpus("\(name)--\(method)")
                XCTAssertTrue(JoinWithoutExitCode.all(in: timeline).isEmpty, "\(name)--\(method)")
                XCTAssertTrue(ExitCodeOverwritten.all(in: timeline).isEmpty, "\(name)--\(method)")
            }
        }
        // and the first joins of r33t_async_join_processes (quick, medium): no note there
        let fork = try Gaps16BTests.corpus("r33t_async_join_processes--fork")
        XCTAssertEqual(JoinWithoutExitCode.all(in: fork).map { fork.events[$0.join].name }, ["stuck"])
    }

    /// r33t_manager_dict_threads: each worker process runs three `Thread(target=count_doc)`; their lanes all read
    /// "ForkProcess-2 · count_doc", so the rows of three threads looked like one thread's. Each now names its thread.
    func testThreadsWithOneTargetGetLanesThatTellThemApart() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps16BTests.corpus("r33t_manager_dict_threads--\(method)")
            let labels = timeline.lanes.filter { !$0.isInfrastructureThread }.map(\.label)
            XCTAssertEqual(labels.count, Set(labels).count, "\(method): \(labels)")
            let worker = method == "fork" ? "ForkProcess-2" : "SpawnProcess-2"
            if method != "forkserver" {
                XCTAssertTrue(labels.contains("\(worker) · Thread-1 (count_doc)"), "\(labels)")
                XCTAssertTrue(labels.contains("\(worker) · Thread-3 (count_doc)"), "\(labels)")
            }
            XCTAssertFalse(labels.contains { $0.hasSuffix("· count_doc") }, "\(labels)")
        }
        // multiprocessing's own threads keep their short labels: the manager's handle_request threads, hidden together
        let fork = try Gaps16BTests.corpus("r33t_manager_dict_threads--fork")
        XCTAssertTrue(fork.lanes.filter(\.isInfrastructureThread).map(\.label).contains("SyncManager-1 · handle_request"))
        // a thread whose short label is its own keeps it: the asyncio runner's asyncio_0, asyncio_1, …
        let join = try Gaps16BTests.corpus("r33t_async_join_processes--fork")
        XCTAssertTrue(join.lanes.map(\.label).contains("MainProcess · asyncio_0"))
        XCTAssertTrue(join.lanes.map(\.label).contains("MainProcess · _do_shutdown"), "\(join.lanes.map(\.label))")
    }
}
