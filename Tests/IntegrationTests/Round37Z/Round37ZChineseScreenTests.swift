import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Round 37Z (issue 11, the Chinese screen read line by line against the English): the built binary on the round's
/// committed recordings, in both languages.
final class Round37ZChineseScreenTests: XCTestCase {
    static func replay(_ name: String, _ language: String = "en") throws -> String {
        try BinaryHarness.run(["replay", "corpus/transcripts/\(name).jsonl", "--full", "--no-pager", "--color", "never",
                               "--width", "400", "--lang", language]).stdout.joinedLines
    }

    /// r37z_abba_deadlock_timeout: alice holds Lock#1 and waits for Lock#2, bob holds Lock#2 and waits for Lock#1, both
    /// with acquire(timeout=1.0). The screen showed the give-up row and a note on the other's wait ("held by alice"),
    /// but no note said the two waits were a circle that only the timeout ended.
    func testATimedAcquireThatGaveUpInACircleOfWaitsNamesTheDeadlock() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let en = try Self.replay("r37z_abba_deadlock_timeout--\(method)")
            let notes = en.split(separator: "\n").filter { $0.contains("It was in a deadlock:") }
            XCTAssertEqual(notes.count, 1, "\(method): \(en)")
            let note = String(notes.first ?? "")
            XCTAssertTrue(note.contains("gave up waiting for Lock#") && note.contains("only the timeout ended this wait"), "\(method): \(note)")
            XCTAssertTrue(note.contains("alice holds Lock#1 and") && note.contains("bob holds Lock#2 and"), "\(method): \(note)")
            let zh = try Self.replay("r37z_abba_deadlock_timeout--\(method)", "zh")
            XCTAssertTrue(zh.contains("当时它陷入了死锁：") && zh.contains("结束这次等待的只有超时"), "\(method): \(zh)")
            XCTAssertTrue(zh.contains("alice 持有 Lock#1，并且") && zh.contains("bob 持有 Lock#2，并且"), "\(method): \(zh)")
        }
        // a timed acquire that gave up with no circle (a lost-update run's waits, a semaphore) says nothing of a deadlock
        let race = try Self.replay("r37z_value_race_chinese_print--fork")
        XCTAssertFalse(race.contains("deadlock"), race)
    }

    /// The lock-wait note's holder in Chinese: "bob 为了 Lock#1 等了 1000 ms，它被 alice 持有。" left "它" between bob and
    /// Lock#1 (who is held?); the several-holders phrase already said "等待期间先后由 … 持有".
    func testTheChineseLockWaitNoteSaysWhoHeldTheLockWithoutAnAmbiguousPronoun() throws {
        let zh = try Self.replay("r37z_abba_deadlock_timeout--fork", "zh")
        XCTAssertTrue(zh.contains("，等待期间由 alice 持有。") || zh.contains("，等待期间由 bob 持有。"), zh)
        let race = try Self.replay("r37z_value_race_chinese_print--fork", "zh")
        XCTAssertTrue(race.contains("，等待期间由加法"), race)  // gaps 38A: no Latin spacing around a Chinese name
        for screen in [zh, race] { XCTAssertFalse(screen.contains("，它被 "), screen) }
    }

    /// The watchdog's and os._exit()'s notes in Chinese: "它自己结束不了" (it cannot end: the English says it was not
    /// ending, and "它" read as the watchdog), "被 SIGTERM 结束，来自 mp-tutor 的看门狗" (a dangling phrase), and
    /// "它调用了 os._exit(3)，它让进程立刻结束" (two "它" for two things).
    func testTheWatchdogAndOsExitNotesReadAsChinese() throws {
        for name in ["r37z_pool_worker_exits_map--fork", "r37z_joinable_missing_task_done--spawn"] {
            let zh = try Self.replay(name, "zh")
            XCTAssertTrue(zh.contains("看门狗在 5.000 s 后停止了这次运行：程序一直没有自行结束。"), "\(name): \(zh)")
            XCTAssertTrue(zh.contains("MainProcess 被 SIGTERM 结束（信号由 mp-tutor 的看门狗发出）：退出码 -15。"), "\(name): \(zh)")
            XCTAssertFalse(zh.contains("它自己结束不了") || zh.contains("，来自 mp-tutor 的看门狗"), "\(name): \(zh)")
        }
        let zh = try Self.replay("r37z_pool_worker_exits_map--fork", "zh")
        XCTAssertTrue(zh.contains("它调用了 os._exit(3)，这会让进程立刻结束"), zh)
        XCTAssertFalse(zh.contains("，它让进程立刻结束"), zh)
    }
}

private extension String {
    /// The screen with each wrapped line joined back to the one it continues, so that a sentence is found whole.
    var joinedLines: String {
        replacingOccurrences(of: "\n {4,}(?![①-⑳])", with: " ", options: .regularExpression)
    }
}
