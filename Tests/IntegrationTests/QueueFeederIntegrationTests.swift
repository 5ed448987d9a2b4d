import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// A Queue's feeder thread: a hang at exit it cannot finish, and the join pitfall with its wait recorded, run live.
final class QueueFeederIntegrationTests: XCTestCase {
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
        XCTAssertTrue(screen.range(of: #"at exit, multiprocessing joins Queue#1's feeder thread, which still has to write to the pipe (the item it is writing|1 item\(s\)|1 item \(a process)"#,
                                   options: .regularExpression) != nil, screen)
        XCTAssertTrue(screen.contains("MainProcess has ended its work and waits at exit for Queue#1's feeder thread to write what was put (b'xxxx"), screen)
        XCTAssertTrue(screen.contains("no other process is running that could read Queue#1"), screen)
        XCTAssertFalse(screen.contains("then recorded nothing"), screen)
        XCTAssertTrue(screen.range(of: #"MainProcess +of [0-9.]+ s: join [0-9.]+ (ms|µs), queue [0-9.]+ s"#, options: .regularExpression) != nil, screen)
        XCTAssertTrue(chinese.contains("退出时，multiprocessing 等待（join）Queue#1 的 feeder 线程"), chinese)
        XCTAssertTrue(chinese.contains("没有其他还在运行的进程能读 Queue#1"), chinese)
    }

    /// queue_join_before_drain_big (the documented pitfall): now that the child's wait at exit for its feeder is recorded,
    /// the child is blocked too; the explanation must still be the join pitfall, naming both, not the child's wait alone.
    func testTheJoinPitfallIsStillExplainedWhenTheChildsFeederWaitIsRecorded() throws {
        let (screen, transcript) = try trace("queue_join_before_drain_big.py", method: "fork", timeout: "4", status: 124)
        XCTAssertTrue(transcript.events.contains { $0.is(.queueFeederWait) && $0.process == "Process-1" }, screen)
        XCTAssertTrue(screen.contains("MainProcess waits in join(Process-1), but Process-1 cannot exit"), screen)
        XCTAssertFalse(screen.contains("Process-1 has ended its work and waits at exit"), "one explanation, the pitfall's:\n" + screen)
    }
}
