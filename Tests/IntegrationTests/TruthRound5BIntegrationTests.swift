import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Round 5B's unseen programs (docs/truth-review.md, "Round 5B") run live through the binary; `mp-tutor check`
/// judges every recorded run.
final class TruthRound5BIntegrationTests: XCTestCase {
    private func trace(_ program: String, method: String, timeout: String, status: Int32 = 0,
                       then: (String) throws -> Void = { _ in }) throws -> (screen: String, transcript: Transcript) {
        let (screen, transcript) = try CorpusTrace.run(program, method: method, timeout: timeout, status: status, width: 200, then: then)
        return (screen.replacingOccurrences(of: "\n    ", with: " "), transcript)
    }

    /// r5b_queue_exit_feeder_hang: the main process put 1 MB on a Queue nobody reads and returned from main. The hang
    /// note said only "last printed … then recorded nothing (blocked or busy)", and the summary counted the 3.9 s as
    /// "other". Now the exit's join of the feeder thread is a wait with its row, the hang is explained, in both languages.
    func testAFeederThatCannotFinishAtExitIsTheExplainedHang() throws {
        var chinese = ""
        let (screen, transcript) = try trace("r5b_queue_exit_feeder_hang.py", method: "fork", timeout: "4", status: 124) { record in
            chinese = try BinaryHarness.run(["replay", "--lang", "zh", "--no-pager", "--color", "never", "--width", "200", record]).stdout
                .replacingOccurrences(of: "\n    ", with: "")
        }
        XCTAssertTrue(transcript.events.contains { $0.is(.queueFeederWait) && $0.bool("at_exit") == true }, screen)
        // the feeder may not have taken the item from its buffer yet when the join begins: either is what the record shows
        XCTAssertTrue(screen.range(of: #"at exit, multiprocessing joins Queue#1's feeder thread, which still has to write to the pipe (the item it is writing|1 item\(s\))"#,
                                   options: .regularExpression) != nil, screen)
        XCTAssertTrue(screen.contains("MainProcess has ended its work and waits at exit for Queue#1's feeder thread to write what was put (b'xxxx"), screen)
        XCTAssertTrue(screen.contains("no other process is running that could read Queue#1"), screen)
        XCTAssertFalse(screen.contains("then recorded nothing"), screen)
        XCTAssertTrue(screen.range(of: #"MainProcess +of [0-9.]+ s: join [0-9.]+ ms, queue [0-9.]+ s"#, options: .regularExpression) != nil, screen)
        XCTAssertTrue(chinese.contains("退出时，multiprocessing 等待（join）Queue#1 的 feeder 线程"), chinese)
        XCTAssertTrue(chinese.contains("没有其他还在运行的进程能读 Queue#1"), chinese)
    }

    /// r5b_lock_timeouts_spin: a child spun on acquire(block=False); no failed try had a row and the summary counted none.
    /// r5b_condition_notify_n: "MainProcess waited 2 ms for Semaphore#1, held by MainProcess" (the waiter itself).
    func testFailedNonBlockingAcquiresAreShownAndTheWaiterIsNeverItsOwnHolder() throws {
        let (screen, transcript) = try trace("r5b_lock_timeouts_spin.py", method: "spawn", timeout: "20")
        XCTAssertTrue(screen.contains("acquire(block=False) on Lock#1 failed: it was taken"), screen)
        let tries = transcript.events.filter { $0.is(.lockBusy) }.reduce(Int64(0)) { $0 + ($1.int("tries") ?? 0) }
        XCTAssertGreaterThan(tries, 5, "the program says it tried more than 5 times")
        XCTAssertTrue(screen.contains("1 timed acquire(s) gave up, \(tries) acquire(block=False) call(s) failed (it was taken)"), screen)
        let (notify, _) = try trace("r5b_condition_notify_n.py", method: "fork", timeout: "20")
        // the waiter never named as the holder; another process may well wait for a lock MainProcess holds
        // ("Process-2 waited 3 ms for RLock#1, held by MainProcess." is true when the race goes that way)
        XCTAssertNil(notify.range(of: #"MainProcess waited [^\n]*held by MainProcess"#, options: .regularExpression), notify)
    }

    /// queue_join_before_drain_big (the documented pitfall): now that the child's wait at exit for its feeder is recorded,
    /// the child is blocked too; the explanation must still be the join pitfall, naming both, not the child's wait alone.
    func testTheJoinPitfallIsStillExplainedWhenTheChildsFeederWaitIsRecorded() throws {
        let (screen, transcript) = try trace("queue_join_before_drain_big.py", method: "fork", timeout: "4", status: 124)
        XCTAssertTrue(transcript.events.contains { $0.is(.queueFeederWait) && $0.process == "Process-1" }, screen)
        XCTAssertTrue(screen.contains("MainProcess waits in join(Process-1), but Process-1 cannot exit"), screen)
        XCTAssertFalse(screen.contains("Process-1 has ended its work and waits at exit"), "one explanation, the pitfall's:\n" + screen)
    }

    /// r5b_bytes_and_escapes: sys.stdout.buffer.write and os.write(1, …) in a child reached stdout but no row, and the
    /// summary said "none lost". Now the record line says how much is on no row; a run whose output is all print()
    /// (six processes racing, a 200 000-character line cut by the record, stderr; lines printed in flushed pieces) still says
    /// "none lost".
    func testOutputWrittenPastPrintIsSaidAndPrintedOutputIsNot() throws {
        var chinese = ""
        let (screen, transcript) = try trace("r5b_bytes_and_escapes.py", method: "fork", timeout: "20") { record in
            chinese = try BinaryHarness.run(["replay", "--lang", "zh", "--no-pager", "--color", "never", "--width", "200", record]).stdout
                .replacingOccurrences(of: "\n    ", with: "")
        }
        // "raw:\xff\xfe\x80 end\n" (12 characters, each bad byte one) and "direct …\xc3\x28\n" (23)
        XCTAssertEqual(transcript.trailer?.run.unrecordedStdoutChars, 35, screen)
        XCTAssertEqual(transcript.trailer?.run.unrecordedStderrChars, 0, screen)
        XCTAssertTrue(screen.contains("no event lost"), screen)
        XCTAssertTrue(screen.contains("at least 35 characters the run wrote to stdout are on no row"), screen)
        XCTAssertFalse(screen.contains("none lost"), screen)
        XCTAssertTrue(chinese.contains("程序写到 stdout 的内容中至少有 35 个字符不在任何一行上"), chinese)
        let (printed, huge) = try trace("r5b_print_noflush_huge.py", method: "fork", timeout: "20")
        XCTAssertEqual(huge.trailer?.run.unrecordedStdoutChars, 0, printed)
        XCTAssertEqual(huge.trailer?.run.unrecordedStderrChars, 0, printed)
        XCTAssertTrue(printed.contains("none lost"), printed)
        // lines printed in flushed pieces (end=" ") and ended by a lone newline: the count must not take that newline as unrecorded
        let (partial, pieces) = try trace("print_partial_lines.py", method: "fork", timeout: "20")
        XCTAssertEqual(pieces.trailer?.run.unrecordedStdoutChars, 0, partial)
    }
}
