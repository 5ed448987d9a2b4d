import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 33A (issue 11 item 7): concurrent.futures.Future()s the program makes itself, outside an executor. The built
/// binary traces real programs: each such Future is Future#N (not "work item 0"), its set_result()/set_exception(),
/// cancel() and waits have rows that name it, the summary counts them apart from work items, and a thread blocked in
/// result() of one that nothing set is a wait the hang explanation names.
final class Gaps33ABareFutureIntegrationTests: XCTestCase {
    static func trace(_ program: String, _ method: String, timeout: Int = 60) throws -> (BinaryHarness.Result, String) {
        let transcript = FileManager.default.temporaryDirectory.appendingPathComponent("g33a-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: transcript) }
        let run = try BinaryHarness.run(["trace", "--start-method", method, "--timeout", "\(timeout)", "--color", "never", "--width", "220",
                                         "--record", transcript, "corpus/\(program).py"], timeout: 120)
        XCTAssertEqual(BinaryHarness.survivors(of: run), [], "no process of the run survives")
        return (run, try String(contentsOfFile: transcript, encoding: .utf8))
    }

    static func replay(_ transcript: String, _ language: String = "en") throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("g33a-\(UUID().uuidString).jsonl").path
        try transcript.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try BinaryHarness.run(["replay", path, "--full", "--no-pager", "--color", "never", "--width", "600", "--lang", language]).stdout
    }

    func testAPromiseSetByAReaderThreadIsNamedOnEveryRow() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (run, transcript) = try Self.trace("g33a_pipe_promise", method)
            XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
            let text = try Self.replay(transcript)
            for part in ["makes Future#1 as promise, a concurrent.futures.Future of its own: no executor runs anything for it",
                         "set_result() on Future#1: 2666646666700000 (this wakes whoever waits in its result()",
                         "set_exception() on Future#2: ValueError: negative input -3",
                         "waits in result() of Future#1, the program's own Future: only a set_result(), set_exception() or cancel() of it",
                         "Futures the program made itself (not work items): 2 — set by set_result() 1, by set_exception() 1, cancelled 0, never set 0"] {
                XCTAssertTrue(text.contains(part), "\(method): no \"\(part)\" in:\n\(text)")
            }
            // the reader thread has set Future#2 by the time the main thread asks it (usually): either row names it
            XCTAssertTrue(text.contains("result() of Future#2 raised ValueError")
                          || text.contains("result() of Future#2, already set, gives the program the exception set_exception() put there"), text)
            XCTAssertFalse(text.contains("work item 0"), "\(method): \(text)")
            let zh = try Self.replay(transcript, "zh")
            XCTAssertTrue(zh.contains("对 Future#1 调用 set_result()：2666646666700000"), "\(method): \(zh)")
            XCTAssertTrue(zh.contains("程序自己创建的 Future（不是工作项）：2 个"), "\(method): \(zh)")
        }
    }

    func testACancelledFutureARefusedSetAndAsCompletedOnHandMadeFutures() throws {
        let (run, transcript) = try Self.trace("g33a_cancel_and_as_completed", "fork")
        XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
        let text = try Self.replay(transcript)
        for part in ["makes Future#1 as skipped", "cancel() of Future#1 → True: it was not set yet",
                     "set_result() on Future#1 raised InvalidStateError: it was already cancelled, so nothing changed",
                     "waits in as_completed() for Future#2, Future#3 (Futures the program made itself)",
                     "set_exception() on Future#3: TimeoutError: sensor 2 did not answer",
                     "waits in wait() for Future#1 (a Future the program made itself)",
                     "Futures the program made itself (not work items): 3 — set by set_result() 1, by set_exception() 1, cancelled 1, never set 0"] {
            XCTAssertTrue(text.contains(part), "no \"\(part)\" in:\n\(text)")
        }
        XCTAssertFalse(text.contains("work item 0"), text)
        // the Pool's task in the resolver thread stays a Pool task: no Future of it
        XCTAssertFalse(text.contains("Future#4"), text)
    }

    func testAThreadThatWaitsOnAFutureNothingSetIsAHangThatNamesIt() throws {
        let (_, transcript) = try Self.trace("g33a_unset_future_hang", "fork", timeout: 4)
        let text = try Self.replay(transcript)
        XCTAssertTrue(text.contains("Future#1 was never set: the record has no set_result(), set_exception() or cancel() of it"), text)
        XCTAssertTrue(text.contains("waits in result() of Future#1, the program's own Future"), text)
        let zh = try Self.replay(transcript, "zh")
        XCTAssertTrue(zh.contains("Future#1 从未被设置"), zh)
    }
}
