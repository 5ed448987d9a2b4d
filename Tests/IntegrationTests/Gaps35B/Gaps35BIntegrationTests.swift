import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 35B (issue 11): the summary's line for a map_async() job that never became ready and that no get() asked for,
/// and the watchdog's words for an idle Pool worker; the built binary on the committed recordings and on a live run.
final class Gaps35BIntegrationTests: XCTestCase {
    static func replay(_ name: String, _ language: String = "en") throws -> String {
        try BinaryHarness.run(["replay", "corpus/transcripts/\(name).jsonl", "--full", "--no-pager", "--color", "never",
                               "--width", "400", "--lang", language]).stdout.unwrapped
    }

    /// g35b_map_async_never_got: chunk 0 raised at once, the other five slept and the with-block terminated the pool;
    /// no get() was ever called. The summary said "errors nobody read: task 0 (map_async): ValueError … (get() would have
    /// raised it)": no get() could have, since a MapResult is ready only when every chunk has finished.
    func testANeverReadyJobNoGetAskedForIsNotSaidReadable() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let en = try Self.replay("g35b_map_async_never_got--\(method)")
            XCTAssertFalse(en.contains("get() would have raised it"), "\(method): \(en)")
            XCTAssertFalse(en.contains("errors nobody read"), en)
            XCTAssertTrue(en.contains("errors no get() asked for: task 0 (map_async): ValueError in 1 of its 6 chunks, 5 never finished. No get() was called on these results, and none could have raised the error"), en)
            let zh = try Self.replay("g35b_map_async_never_got--\(method)", "zh")
            XCTAssertFalse(zh.contains("没有人读取的错误"), zh)
            XCTAssertTrue(zh.contains("没有 get() 去取的错误：task 0（map_async）：6 块中有 1 块抛出 ValueError，5 块始终没做完"), zh)
        }
        // round 34F's line for a get() that gave up stays
        let timedOut = try Self.replay("r34f_manager_block_closed_early--forkserver")
        XCTAssertTrue(timedOut.contains("errors no get() could read: task 0 (map_async)"), timedOut)
        XCTAssertFalse(timedOut.contains("errors no get() asked for"), timedOut)
    }

    /// The same program traced live by the binary (fork): the summary on the screen says it.
    func testANeverReadyJobNoGetAskedForLive() throws {
        let (wrapped, _) = try CorpusTrace.run("g35b_map_async_never_got.py", method: "fork", timeout: "30", width: 400)
        let screen = wrapped.unwrapped
        XCTAssertTrue(screen.contains("errors no get() asked for: task 0 (map_async): ValueError in 1 of its 6 chunks"), screen)
        XCTAssertFalse(screen.contains("get() would have raised it"), screen)
    }

    /// g35b_idle_workers_hang and r34f_thumbnails_oom_imap: a Pool worker whose last event was a task's end (or the send
    /// of its result), whose result reached the parent, was said "… and nothing since (blocked or busy)". The state holds
    /// it idle in its pool: it waits in get() on the pool's task queue for a next task.
    func testAnIdlePoolWorkerInTheWatchdogNoteWaitsForATask() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let en = try Self.replay("g35b_idle_workers_hang--\(method)")
            let note = try XCTUnwrap(en.split(separator: "\n").first { $0.contains("the watchdog stopped the run") }, en)
            for worker in ["PoolWorker-1", "PoolWorker-2"] {
                XCTAssertTrue(note.contains(worker), "\(method): \(note)")
            }
            XCTAssertEqual(note.components(separatedBy: "and has been idle since: back in its loop, it waits in get() on Pool#1's task queue for a next task").count - 1 + note.components(separatedBy: "and has been idle since: it waits in get() on Pool#1's task queue for its first task").count - 1, 2, "\(method): \(note)")
            XCTAssertFalse(note.contains("blocked or busy"), "\(method): \(note)")
            let zh = try Self.replay("g35b_idle_workers_hang--\(method)", "zh")
            XCTAssertTrue(zh.contains("此后一直空闲：它回到循环里，在 Pool#1 任务队列的 get() 中等待下一个任务"), zh)
        }
        let thumbnails = try Self.replay("r34f_thumbnails_oom_imap--spawn")
        XCTAssertTrue(thumbnails.contains("SpawnPoolWorker-1 (pid 18133) finished task 0.4 at 3.451 s (its result reached the parent at 3.451 s) and has been idle since"), thumbnails)
    }
}

private extension String {
    /// The screen with each wrapped line joined back to the one it continues (a line break and the indent become one
    /// space), so that a sentence is found whole; a line that starts a note or a summary item keeps its break.
    var unwrapped: String {
        replacingOccurrences(of: "\n {4,}(?![①-⑳])", with: " ", options: .regularExpression)
    }
}
