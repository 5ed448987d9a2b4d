import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 17B (gaps 16B Left, item 6): every process numbers its pools' jobs from its own counter, so a nested pool's jobs
/// 0, 1, 2 have the numbers of its parent's. What the state model and the summary's queries say of a job is keyed by the
/// process that submitted it (`JobScope`), on the committed runs of two nested-pool programs.
final class NestedPoolJobsTests: XCTestCase {
    static let methods = ["fork", "spawn", "forkserver"]

    static func corpus(_ name: String) throws -> Timeline {
        TimelineBuilder.build(try TranscriptReader.read(path: BinaryHarness.repoRoot + "/corpus/transcripts/\(name).jsonl"))
    }

    /// g17b_nested_pools: the main process's `imap()` is its job 0, and each outer worker's inner `imap_unordered()` is
    /// that worker's job 0 too. The main process's `next()` waits were said "the next item of task 0 to finish
    /// (imap_unordered: any item)", in its rows and in its blocked call.
    func testAParentsImapIsNotTakenForANestedPoolsImapUnorderedOfTheSameNumber() throws {
        for method in Self.methods {
            let timeline = try Self.corpus("g17b_nested_pools--\(method)")
            let events = timeline.events
            let main = try XCTUnwrap(events.first { $0.is(.processStart) }?.pid)
            let mainWaits = timeline.indices(of: .poolWait).filter { events[$0].pid == main && events[$0].string(EventField.call) == "next()" }
            let innerWaits = timeline.indices(of: .poolWait).filter { events[$0].pid != main && events[$0].job == 0 && events[$0].string(EventField.call) == "next()" }
            XCTAssertFalse(mainWaits.isEmpty, method)
            XCTAssertFalse(innerWaits.isEmpty, method)
            for i in mainWaits {
                XCTAssertEqual(events[i].job, 0, method)
                XCTAssertFalse(timeline.isUnorderedJob(events[i]), method)
                let blocked = StateReplayer(timeline: timeline).state(after: i).blocked.filter { $0.pid == main }.map(\.what)
                XCTAssertEqual(blocked.count, 1, "\(method) \(blocked)")
                XCTAssertFalse(blocked.joined().contains("any item"), "\(method) \(blocked)")
            }
            for i in innerWaits {
                XCTAssertTrue(timeline.isUnorderedJob(events[i]), method)
                let blocked = StateReplayer(timeline: timeline).state(after: i).blocked.filter { $0.pid == events[i].pid }.map(\.what)
                XCTAssertTrue(blocked.joined().contains("any item"), "\(method) \(blocked)")
            }
        }
    }

    /// g17b_nested_pools: each inner `imap_unordered()` is given its whole input as one chunk (its job 0); the outer
    /// worker that made it runs the main process's job 0's chunk 1 (`outer(3)`). The summary said "was given 3 item(s) in
    /// 1 chunk(s): 2 started".
    func testANestedPoolsImapCountsOnlyItsOwnTasksStarts() throws {
        for method in Self.methods {
            let timeline = try Self.corpus("g17b_nested_pools--\(method)")
            let pools = timeline.indices(of: .poolCreate).compactMap { timeline.events[$0].object }
            XCTAssertEqual(pools.count, 4, method)
            var unordered = 0
            for pool in pools {
                for counts in StateQueries.imapCounts(of: pool, in: timeline) {
                    XCTAssertLessThanOrEqual(Int64(counts.started), counts.chunks, "\(method) \(pool) \(counts)")
                    if counts.method == "imap_unordered" {
                        unordered += 1
                        XCTAssertEqual(counts.chunks, 1, "\(method) \(pool)")
                        XCTAssertEqual(counts.started, 1, "\(method) \(pool) \(counts)")
                    }
                }
            }
            XCTAssertEqual(unordered, 3, method)
        }
    }

    /// g17b_nested_pool_error: the outer task (the main process's job 0) raised ValueError in the worker that had made an
    /// inner pool and submitted its job 0 there with apply_async(), whose result came back and was read by its callback.
    /// The summary said the inner pool's "task 0 (apply_async): ValueError" was an error nobody read.
    func testAnOuterTasksErrorIsNotANestedPoolsUnreadError() throws {
        for method in Self.methods {
            let timeline = try Self.corpus("g17b_nested_pool_error--\(method)")
            let pools = timeline.indices(of: .poolCreate).compactMap { timeline.events[$0].object }
            XCTAssertEqual(pools.count, 2, method)
            let failed = timeline.indices(of: .taskEnd).filter { timeline.events[$0].ok == false }
            XCTAssertEqual(failed.map { timeline.events[$0].job }, [0], method)
            for pool in pools {
                XCTAssertEqual(StateQueries.unreadErrors(of: pool, in: timeline), [], "\(method) \(pool)")
            }
        }
    }
}
