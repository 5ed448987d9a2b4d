import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 36B (issue 11): a closed pool's idle worker in the watchdog's note, shared ctypes with no lock in the summary,
/// and the program's own _thread.interrupt_main() named in the KeyboardInterrupt note; the built binary on the
/// committed recordings.
final class Gaps36BIntegrationTests: XCTestCase {
    static func replay(_ name: String, _ language: String = "en") throws -> String {
        try BinaryHarness.run(["replay", "corpus/transcripts/\(name).jsonl", "--full", "--no-pager", "--color", "never",
                               "--width", "400", "--lang", language]).stdout.joinedLines
    }

    /// g36b_closed_pool_idle_worker: the pool is closed, one worker sleeps in a long task, the other finished the quick
    /// one; join() waits until the watchdog. The note said the idle one "… and recorded nothing since (blocked or
    /// busy)": with the pool closed and no task left to take, its get() can bring only the pool's signal to end.
    func testAClosedPoolsIdleWorkerWaitsForThePoolsEndNotATask() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let en = try Self.replay("g36b_closed_pool_idle_worker--\(method)")
            let note = try XCTUnwrap(en.split(separator: "\n").first { $0.contains("the watchdog stopped the run") }, "\(method): \(en)")
            XCTAssertEqual(note.components(separatedBy: "and has been idle since: Pool#1 is closed and none of its tasks waits to be taken, so its get() on the pool's task queue waits for the pool's signal to end").count - 1, 1, "\(method): \(note)")
            XCTAssertFalse(note.contains("for a next task"), "\(method): \(note)")
            let zh = try Self.replay("g36b_closed_pool_idle_worker--\(method)", "zh")
            // a wrapped zh line joins with a space where none was: compare without spaces
            XCTAssertTrue(zh.replacingOccurrences(of: " ", with: "").contains("Pool#1已经关闭，也没有等着被取走的任务，所以它在进程池任务队列的get()里等的是进程池让它结束的信号"), "\(method): \(zh)")
        }
        // an open pool's idle workers keep gaps 35B's words
        let open = try Self.replay("g35b_idle_workers_hang--fork")
        XCTAssertFalse(open.contains("is closed and none of its tasks"), open)
    }

    /// r35s_pool_rawarray_initargs: a RawArray('d', 12) handed to the workers by initargs; the summary named no shared
    /// object. It now names it and says it has no lock (the Value('i') with its lock is not listed). r12's
    /// synchronized(RawValue) and synchronized(RawArray): the raw objects have their wrappers' locks: not listed.
    func testSharedCtypesWithNoLockAreNamedInTheSummary() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let en = try Self.replay("r35s_pool_rawarray_initargs--\(method)")
            XCTAssertTrue(en.contains("shared ctypes object with no lock of its own: Array#1 (c_double[12]). Made by RawArray() or RawValue()"), "\(method): \(en)")
            let line = try XCTUnwrap(en.split(separator: "\n").first { $0.contains("with no lock of its own") }, en)
            XCTAssertFalse(line.contains("Value#1"), "\(method): \(line)")
            let zh = try Self.replay("r35s_pool_rawarray_initargs--\(method)", "zh")
            XCTAssertTrue(zh.contains("没有自带锁的共享 ctypes 对象：Array#1（c_double[12]）"), zh)
        }
        let wrapped = try Self.replay("r12_sharedctypes_synchronized--fork")
        XCTAssertFalse(wrapped.contains("with no lock of its own"), wrapped)
        XCTAssertTrue(wrapped.contains("Value#2 = synchronized(Value#1)"), wrapped)
    }

    /// g36b_interrupt_main_child: the child's jobber thread calls _thread.interrupt_main(); the child's main thread gets
    /// a KeyboardInterrupt and exits 130 by sys.exit. The note said only that the record does not show what set it off.
    /// The call is recorded now: its row, and the note names it. The parent's call with SIGINT ignored does nothing.
    func testTheProgramsOwnInterruptMainIsNamedInTheInterruptNote() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let en = try Self.replay("g36b_interrupt_main_child--\(method)")
            XCTAssertTrue(en.contains("_thread.interrupt_main(SIGINT): no signal is sent; SIGINT is marked as arrived, and the main thread runs its handler at its next check; Python's SIGINT handler raises KeyboardInterrupt in the main thread"), "\(method): \(en)")
            XCTAssertTrue(en.contains("_thread.interrupt_main(SIGINT): does nothing, since SIGINT is not handled by Python here (SIG_IGN)"), "\(method): \(en)")
            let note = en.split(separator: "\n").filter { $0.contains("waiter's run() raised SystemExit while handling a KeyboardInterrupt") }
            XCTAssertEqual(note.count, 1, "\(method): \(en)")
            XCTAssertTrue(note.allSatisfy { $0.contains("after the program's own _thread.interrupt_main() call (waiter · ") && !$0.contains("does not show what set it off") }, "\(method): \(note)")
            let zh = try Self.replay("g36b_interrupt_main_child--\(method)", "zh")
            XCTAssertTrue(zh.contains("起因是程序自己在"), "\(method): \(zh)")
        }
    }
}

private extension String {
    /// The screen with each wrapped line joined back to the one it continues, so that a sentence is found whole.
    var joinedLines: String {
        replacingOccurrences(of: "\n {4,}(?![①-⑳])", with: " ", options: .regularExpression)
    }
}
