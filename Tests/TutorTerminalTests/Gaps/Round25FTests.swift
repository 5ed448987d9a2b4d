import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 25F: concurrent.futures in the wild, asyncio included; each on its committed recording.
final class Round25FTests: XCTestCase {
    static func timeline(_ name: String) throws -> Timeline {
        TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/corpus/transcripts/\(name).jsonl"))
    }

    static func rows(_ timeline: Timeline, _ kind: EventKind, lang: Language = .en) -> [String] {
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        return Language.with(lang) { timeline.indices(of: kind).map { describer.describe($0) } }
    }

    /// r25f_asyncio_gather_fails: `await asyncio.wrap_future(pool.submit(measure, 4))` left the main lane empty for
    /// 400 ms (the tracer watched the loop's select() only for run_in_executor()'s items), and the summary's
    /// "event loop select()" left that time out. The row now says the loop waits, and how the item reached it.
    func testAnAwaitedWrapFutureIsTheLoopsWaitAndSaysHowTheItemCame() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Self.timeline("r25f_asyncio_gather_fails--\(method)")
            let waits = timeline.indices(of: .executorWait).filter { timeline.events[$0].string(EventField.call) == "select()" }
            let wrapped = try XCTUnwrap(waits.last { timeline.events[$0].int(EventField.wrapped) == 1 }, method)
            let row = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain)).describe(wrapped)
            XCTAssertTrue(row.hasPrefix("the event loop has nothing ready to run: its thread waits in select(); not done yet: "
                                        + "work item 3 of ProcessPoolExecutor#1 (wrapped with asyncio.wrap_future())."), row)
            let zh = Language.with(.zh) { EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain)).describe(wrapped) }
            XCTAssertTrue(zh.contains("（由程序用 asyncio.wrap_future() 包装）"), zh)
            // the run_in_executor() ones keep their words
            let first = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain)).describe(waits[0])
            XCTAssertTrue(first.contains("(sent with run_in_executor())"), first)
            let state = StateReplayer(timeline: timeline).state(after: wrapped)
            let blocked = state.blocked.filter { $0.pid == timeline.events[wrapped].pid }.map { "\($0.target)" }
            XCTAssertTrue(blocked.contains { $0.contains("not done yet: work item 3 of ProcessPoolExecutor#1, wrapped with asyncio.wrap_future())") }, blocked.joined(separator: "\n"))
        }
    }

    /// Both kinds pending at once: the row says either way, not run_in_executor() alone.
    func testALoopWaitOnBothKindsSaysBoth() {
        var s = DocsExamplesDescriberTests.mainProcess()
        s.add(1, pid: 100, process: "MainProcess", .executorWait, object: "ProcessPoolExecutor#1",
              [("call", .string("select()")), ("pending", .int(2)), ("works", .array([.int(1), .int(2)])), ("timeout", .null),
               ("executors", .null), ("wrapped", .int(1))])
        let timeline = s.timeline()
        let row = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain)).describe(1)
        XCTAssertTrue(row.contains("not done yet: work items 1, 2 of ProcessPoolExecutor#1 (sent with run_in_executor() or wrapped with asyncio.wrap_future())."), row)
    }

    /// r25f_map_generator_break: the program printed "after map(): 8 lines produced" (map() had returned, every item
    /// submitted), then the rows said "waits in map() of work item 0" and "map() of work item 0 returned after 305 ms":
    /// the waits are the for loop's next() on map()'s result iterator, not map().
    func testMapsResultIteratorWaitsAreNotMapItself() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Self.timeline("r25f_map_generator_break--\(method)")
            let waits = Self.rows(timeline, .futureWait), waited = Self.rows(timeline, .futureWaited)
            XCTAssertEqual(Array(waits.prefix(3)), (0..<3).map { "waits in next() of map()'s result iterator, for work item \($0)" }, method)
            XCTAssertEqual(waits.first, "waits in next() of map()'s result iterator, for work item 0", method)
            XCTAssertTrue(waited.first?.hasPrefix("next() of map()'s result iterator returned work item 0's result") == true, waited.first ?? "none")
            XCTAssertFalse((waits + waited).contains { $0.contains("map() of work item") }, (waits + waited).joined(separator: "\n"))
            let zh = Self.rows(timeline, .futureWait, lang: .zh)
            XCTAssertEqual(zh.first, "在 map() 结果迭代器的 next() 中等待工作项 0", method)
        }
    }
}

extension Round25FTests {
    /// r25f_asyncio_gather_fails, r25f_asyncio_default_executor_fail: "exception() of work item 1 of ProcessPoolExecutor#1,
    /// already done: the program gets the exception the work item raised": the program never called exception();
    /// asyncio's _copy_future_state() did, to set it on the asyncio future gather() awaited.
    func testAnExceptionReadByAsyncioIsNotTheProgramsRead() throws {
        for name in ["r25f_asyncio_gather_fails", "r25f_asyncio_default_executor_fail"] {
            for method in ["fork", "spawn", "forkserver"] {
                let timeline = try Self.timeline("\(name)--\(method)")
                let reads = Self.rows(timeline, .futureRead)
                XCTAssertEqual(reads.count, 1, "\(name) \(method)")
                XCTAssertTrue(reads.first?.hasPrefix("asyncio, not the program, reads work item 1") == true, reads.first ?? "none")
                XCTAssertFalse(reads.contains { $0.contains("the program gets") }, reads.joined(separator: "\n"))
                let zh = Self.rows(timeline, .futureRead, lang: .zh)
                XCTAssertTrue(zh.first?.hasPrefix("工作项 1") == true && zh.first?.contains("的异常是 asyncio 读取的，不是程序") == true, zh.first ?? "none")
            }
        }
    }

    /// The same runs: "starts thread Thread-2 (_do_shutdown)" said nothing of whose thread it is or why it starts.
    func testAsyncioRunsDefaultExecutorShutdownThreadIsNamedAsAsyncios() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Self.timeline("r25f_asyncio_default_executor_fail--\(method)")
            let rows = Self.rows(timeline, .threadStart).filter { $0.contains("_do_shutdown") }
            XCTAssertEqual(rows.count, 1, method)
            XCTAssertTrue(rows.first?.hasSuffix("(asyncio's own: loop.shutdown_default_executor(), which asyncio.run() calls at its end, runs "
                                                + "shutdown(wait=True) of the loop's default ThreadPoolExecutor in this thread, so the event loop is not blocked while it waits)") == true,
                          rows.first ?? "none")
        }
    }
    /// r25f_asyncio_default_executor_fail: a wait on work items of two executors joined the two with a bare 和, so the
    /// Chinese row read "工作项 2和ProcessPoolExecutor#1" (zh25 found it); the join is spaced as the glossary sets numbers
    /// and code names apart from Chinese.
    func testAWaitOnTwoExecutorsItemsJoinsThemWithASpacedAnd() throws {
        let timeline = try Self.timeline("r25f_asyncio_default_executor_fail--fork")
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        let zh = Language.with(.zh) { timeline.events.indices.map { describer.describe($0) } }.joined(separator: "\n")
        XCTAssertTrue(zh.contains("的工作项 2 和 ProcessPoolExecutor#1 的工作项"), zh)
        XCTAssertFalse(zh.contains("2和ProcessPoolExecutor"), zh)
    }
}
