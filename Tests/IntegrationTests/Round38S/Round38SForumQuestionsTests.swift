import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Round 38S (issue 11, the questions learners ask on forums, written as their programs): the built binary on the
/// round's committed recordings.
final class Round38SForumQuestionsTests: XCTestCase {
    /// The replay with each note's wrapped lines joined (a note goes on under a 4-space indent).
    static func replay(_ name: String, _ language: String = "en") throws -> String {
        try BinaryHarness.run(["replay", "corpus/transcripts/\(name).jsonl", "--full", "--no-pager", "--color", "never",
                               "--width", "400", "--lang", language]).stdout
            .replacingOccurrences(of: "\n    ", with: language == "zh" ? "" : " ")
    }

    /// r38s_no_guard_pool: no `__main__` guard and a Pool at module level. Under spawn and forkserver each worker
    /// re-runs the top level, its Pool() raises RuntimeError ("bootstrapping phase"), it exits 1 and the pool starts
    /// another; map() waits until the watchdog. The watchdog's note said only "Why: MainProcess waits in map() for
    /// task 0 of Pool#1 since 0.561 s." (the wait again): the workers' deaths, which the record has, were no cause.
    func testAMapWaitOnAPoolWhoseWorkersAllEndWhileImportingMainSaysWhy() throws {
        for method in ["spawn", "forkserver"] {
            let en = try Self.replay("r38s_no_guard_pool--\(method)")
            let why = en.components(separatedBy: "Why: ").dropFirst().first ?? ""
            XCTAssertTrue(why.hasPrefix("MainProcess waits in map() for task 0 of Pool#1 since "), "\(method): \(why)")
            XCTAssertTrue(why.contains("but no task of Pool#1 ever started:") && why.contains("of its workers ended before run() began (exit code 1), each while importing r38s_no_guard_pool.py as __mp_main__"),
                          "\(method): \(why)")
            XCTAssertTrue(why.contains("where start() raised RuntimeError: a process cannot start others while it is still importing its main module"),
                          "\(method): \(why)")
            XCTAssertTrue(why.contains("never passes their error to map()"), "\(method): \(why)")
            // the count said is the workers the record shows ended by the watchdog's moment, never more than were started
            let failed = why.components(separatedBy: "ever started: ").dropFirst().first?.split(separator: " ").first.flatMap { Int($0) } ?? 0
            let started = en.components(separatedBy: "Pool#1 (2 workers, ").dropFirst().first?.split(separator: " ").first.flatMap { Int($0) } ?? 0
            XCTAssertTrue(failed >= 2 && failed <= started, "\(method): \(failed) of \(started)")
            let zh = try Self.replay("r38s_no_guard_pool--\(method)", "zh")
            XCTAssertTrue(zh.contains("但是 Pool#1 的任务一个也没有开始过：它有 ") && zh.contains("个工作进程在 run() 开始之前就结束了（退出码 1）"), "\(method): \(zh)")
            XCTAssertTrue(zh.contains("在那里 start() 抛出了 RuntimeError"), "\(method): \(zh)")
        }
        // under fork the same program runs to its end: no watchdog, no such note
        let fork = try Self.replay("r38s_no_guard_pool--fork")
        XCTAssertTrue(fork.contains("print \"[0, 1, 4, 9, 16]\""), fork)
        XCTAssertFalse(fork.contains("ever started"), fork)
        // a pool whose workers die in the initializer keeps its own sentence, not this one
        let initRun = try Self.replay("r4_pool_initializer_raises--fork")
        XCTAssertTrue(initRun.contains("but no task of Pool#1 ever started: the initializer"), initRun)
        XCTAssertFalse(initRun.contains("ended before run() began"), initRun)
    }

    /// r26s_pool_at_import: the same program with `map_async().get(timeout=4)`: the get gives up after 4 s and the row
    /// said only "get() of task 0 raised TimeoutError after 4.001 s: its timeout of 4.000 s ran out", with no note of why
    /// no task had run (round 36T's note says it for workers that died in an initializer, not for these).
    func testATimedPoolGetThatGaveUpOnWorkersThatEndedImportingMainSaysWhy() throws {
        for method in ["spawn", "forkserver"] {
            let en = try Self.replay("r26s_pool_at_import--\(method)")
            let notes = en.split(separator: "\n").filter { $0.contains("No task of Pool#1 had started when this wait gave up:") }
            XCTAssertEqual(notes.count, 1, "\(method): \(en)")
            let note = String(notes.first ?? "")
            XCTAssertTrue(note.contains("of its workers ended before run() began (exit code 1), each while importing r26s_pool_at_import.py as __mp_main__"),
                          "\(method): \(note)")
            XCTAssertTrue(note.contains("where start() raised RuntimeError") && note.hasSuffix("only a timeout ends such a wait."), "\(method): \(note)")
            let zh = try Self.replay("r26s_pool_at_import--\(method)", "zh")
            XCTAssertTrue(zh.contains("这次等待放弃时，Pool#1 还没有任何任务开始过：它有 ") && zh.contains("这样的等待只有超时才能结束。"), "\(method): \(zh)")
        }
        // under fork the workers run the tasks: no such note
        let fork = try Self.replay("r26s_pool_at_import--fork")
        XCTAssertFalse(fork.contains("had started when this wait gave up"), fork)
    }
}
