import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Round 26F: the async corners of concurrent.futures and Pool; each on its committed recording.
final class Round26FTests: XCTestCase {
    static func rows(_ name: String, _ kind: EventKind, lang: Language = .en) throws -> [String] {
        let timeline = TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/corpus/transcripts/\(name).jsonl"))
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain))
        return Language.with(lang) { timeline.indices(of: kind).map { describer.describe($0) } }
    }

    /// r26f_pool_close_join_queued: ten apply_async() calls, then close() at once: the row said only "Pool#1.close()",
    /// and a reader took close() for the end of the work; every one of the ten still ran before join() returned.
    func testACloseWithTasksOwedSaysTheyStillRun() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let rows = try Self.rows("r26f_pool_close_join_queued--\(method)", .poolClose)
            XCTAssertEqual(rows, ["Pool#1.close(): it takes no new tasks; its 10 unfinished tasks still run (close() cancels nothing), then its workers leave"], method)
            let zh = try Self.rows("r26f_pool_close_join_queued--\(method)", .poolClose, lang: .zh)
            XCTAssertEqual(zh, ["Pool#1.close()：不再接受新任务；尚未完成的 10 个任务照常执行（close() 不取消任何任务），之后工作进程才退出"], method)
        }
        // a map_async job counts once, however many chunks: two jobs submitted, neither back
        XCTAssertEqual(try Self.rows("r4_pool_map_async_close_no_join--fork", .poolClose).first?.contains("its 2 unfinished tasks still run"), true)
    }

    /// A close() after every result came back keeps its short row (g13a_pool_refused_calls: starmap() had returned);
    /// so does one after every chunk had run, a result still on its way (g10a_unread_task_errors--spawn: the first
    /// version said "its 1 unfinished task still runs" while task 1's three chunks had all ended in the workers).
    func testACloseWithNothingOwedStaysShort() throws {
        XCTAssertEqual(try Self.rows("g13a_pool_refused_calls--fork", .poolClose), ["Pool#1.close()"])
        XCTAssertEqual(try Self.rows("g10a_unread_task_errors--spawn", .poolClose), ["Pool#1.close()"])
    }

    /// pool_imap_both (recorded before `pool.imap.given` existed): both imaps were read to the end before close(), but
    /// with their chunk counts unknown the first version of the row said "its 2 unfinished tasks still run". An imap
    /// whose count is not known yet makes the row say no count; once `pool.imap.given` gives it and every chunk came
    /// back, the job is done.
    func testAnImapWithoutAKnownCountClaimsNothing() throws {
        XCTAssertEqual(try Self.rows("pool_imap_both--fork", .poolClose), ["Pool#1.close()"])
    }

    func testAnImapCountsOnceItsChunksAreKnown() {
        func closeRow(given: Bool, chunks: Int) -> String {
            var s = DocsExamplesDescriberTests.mainProcess()
            s.add(1, pid: 100, process: "MainProcess", .poolSubmit, object: "Pool#1",
                  [("job", .int(0)), ("func", .string("f")), ("args", .string("<generator>")), ("chunks", .null), ("method", .string("imap"))])
            s.add(2, pid: 100, process: "MainProcess", .poolResult, object: "Pool#1", [("job", .int(0)), ("index", .int(0)), ("ok", .bool(true))])
            if given {
                s.add(3, pid: 100, process: "MainProcess", .poolImapGiven, object: "Pool#1", [("job", .int(0)), ("chunks", .int(Int64(chunks))), ("items", .int(Int64(chunks)))])
            }
            s.add(4, pid: 100, process: "MainProcess", .poolClose, object: "Pool#1", [])
            let timeline = s.timeline()
            return EventDescriber(timeline: timeline, painter: Painter(capabilities: .plain)).describe(timeline.events.count - 1)
        }
        XCTAssertEqual(closeRow(given: false, chunks: 1), "Pool#1.close()")
        XCTAssertEqual(closeRow(given: true, chunks: 1), "Pool#1.close()")
        XCTAssertEqual(closeRow(given: true, chunks: 2), "Pool#1.close(): it takes no new tasks; its 1 unfinished task still runs (close() cancels nothing), then its workers leave")
    }
}
