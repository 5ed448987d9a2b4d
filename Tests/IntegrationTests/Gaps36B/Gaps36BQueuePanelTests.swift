import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 36B (issue 11, gaps 35B's leftovers): the step panel's Queue row says an item "lost" only when its putter's end
/// did not join its feeder thread, and an item whose putter so ended, with no get() after, is not listed as surely in
/// the queue: the record cannot tell whether the feeder wrote it. The built binary's `replay --step` (no terminal: it
/// prints every step and its state panel) on the committed recordings.
final class Gaps36BQueuePanelTests: XCTestCase {
    /// Each step's block ("step N/M …" up to the next), wrapped lines joined, in the given language.
    static func steps(_ name: String, _ language: String = "en") throws -> [String] {
        let out = try BinaryHarness.run(["replay", "corpus/transcripts/\(name).jsonl", "--step", "--no-pager", "--color", "never",
                                         "--width", "400", "--lang", language], timeout: 600).stdout
        let joined = out.replacingOccurrences(of: "\n {12,}", with: " ", options: .regularExpression)
        // the steps are separated by a rule of "═" in either language (zh heads a step with its own word, not "step")
        return joined.components(separatedBy: "\n═").dropFirst().map { String($0) }
    }

    /// r25_library_fanout (fork), r28_log_queue_listener (fork), r17m_logging_handler_levels (spawn): a reader's get
    /// wait found the pipe empty (`in_flight`) after a putter had ended by a normal exit, and the panel said that
    /// putter's item "lost with the process that put it" until another reader's get row, stamped later, took it. A
    /// normal exit joins the feeder: the item reached the pipe. No step says lost (nor unsure) now.
    func testAnItemOfAPutterThatEndedNormallyIsNeverSaidLost() throws {
        for name in ["r25_library_fanout--fork", "r28_log_queue_listener--fork", "r17m_logging_handler_levels--spawn"] {
            let steps = try Self.steps(name)
            XCTAssertGreaterThan(steps.count, 20, name)
            XCTAssertTrue(steps.contains { $0.contains(" queue ") && $0.contains("Queue#1 (") }, name)
            let said = steps.filter { $0.contains("lost with the process") || $0.contains("perhaps never written") }
            XCTAssertEqual(said.count, 0, "\(name): \(said.first ?? "")")
        }
    }

    /// The true ones stay, with why the feeder stopped: r5b_queue_close_cancel_join (a child that called
    /// cancel_join_thread() and exited 0: its items never written, the parent's get found the pipe empty) and
    /// r18e_simplequeue_vs_queue_unpicklable (spawn: at the exit, the feeder met an unpicklable item and stopped; the
    /// item behind it never came).
    /// One start method for r5b: `replay --step` with no terminal prints all its 1,100 steps with their panels (30 MB,
    /// 34 s in a debug build each), and its three recordings end the same way (CI time: trial 42).
    func testItemsLostAfterCancelJoinOrAFeederStoppedAtExitAreStillSaidLost() throws {
        for method in ["fork"] {
            let last = try XCTUnwrap(Self.steps("r5b_queue_close_cancel_join--\(method)").last)
            XCTAssertTrue(last.contains("lost with the processes that put them:"), "\(method): \(last)")
            XCTAssertTrue(last.contains("which ended with exit code 0 after cancel_join_thread(), so its exit did not wait for its feeder thread"), "\(method): \(last)")
        }
        let last = try XCTUnwrap(Self.steps("r18e_simplequeue_vs_queue_unpicklable--spawn").last)
        XCTAssertTrue(last.contains("lost with the process that put it: 'queue ok' (put by producer, which ended with exit code 0, its feeder having stopped at its exit on an item it could not pickle)"), last)
        let zh = try XCTUnwrap(Self.steps("r18e_simplequeue_vs_queue_unpicklable--spawn", "zh").last)
        XCTAssertTrue(zh.contains("退出时它的 feeder 遇到一个无法 pickle 的数据，就此停下"), zh)
    }

    /// g36b_put_then_killed_no_get: quitter put ("quitter", 1) and called os._exit(0); sleeper put ("sleeper", 2) and
    /// was SIGKILLed; nothing reads the queue after. The panel listed both in Queue#1 to the end, as if surely there.
    /// From each putter's end its item is "perhaps never written", with how the putter ended; the count leaves it out.
    func testAnItemWhosePutterEndedWithoutJoiningItsFeederAndNoGetAfterIsSaidUnsure() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let steps = try Self.steps("g36b_put_then_killed_no_get--\(method)")
            let put = try XCTUnwrap(steps.firstIndex { $0.contains("quitter") && $0.contains("('quitter', 1)") && $0.contains("Queue#1 (Queue, 1 item, unbounded)") }, method)
            XCTAssertFalse(steps[put].contains("perhaps never written"), "\(method): \(steps[put])")
            let last = try XCTUnwrap(steps.last)
            XCTAssertTrue(last.contains("Queue#1 (Queue, 0 items, unbounded): perhaps never written: "), "\(method): \(last)")
            XCTAssertTrue(last.contains("('quitter', 1) (put by quitter, which ended by os._exit(0), which joins no feeder thread)"), "\(method): \(last)")
            XCTAssertTrue(last.contains("('sleeper', 2) (put by sleeper, which ended killed by SIGKILL)"), "\(method): \(last)")
            XCTAssertTrue(last.contains("each feeder may or may not have written it, and no get() since tells which"), "\(method): \(last)")
            XCTAssertFalse(last.contains("lost with the process"), "\(method): \(last)")
            let zh = try XCTUnwrap(Self.steps("g36b_put_then_killed_no_get--\(method)", "zh").last)
            XCTAssertTrue(zh.contains("可能从未写入："), "\(method): \(zh)")
        }
    }
}
