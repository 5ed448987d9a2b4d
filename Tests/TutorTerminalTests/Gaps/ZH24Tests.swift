import XCTest
@testable import TutorCore
@testable import TutorTerminal
@testable import TutorTestSupport

/// zh24: the Chinese of round 24's screens read as a learner reads them.
final class ZH24Tests: XCTestCase {
    /// r24_results_queue_join_first (all): the at-exit feeder join whose feeder waits for another process's write lock.
    /// The lock clause was put as {what} into "它还要把{what}写进管道", which cut the sentence in two ("它还要把剩下的 1
    /// 项数据，但要先拿到队列的写锁，……（……）写进管道"); it is now a bracket inside the object of 把.
    func testTheFeederJoinWaitingForTheWriteLockReadsAsOneSentence() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("r24_results_queue_join_first--\(method)")
            let rows = Round22MTests.rows(timeline, .queueFeederWait, lang: .zh).filter { $0.contains("写锁") }
            XCTAssertFalse(rows.isEmpty, method)
            for row in rows {
                XCTAssertFalse(row.contains("，但要先拿到队列的写锁"), row)
                XCTAssertTrue(row.contains("（得先拿到队列的写锁才能写，而这把锁现在在另一个进程手里：每个进程的 feeder 线程每写一项都要拿它）写进管道"), row)
            }
        }
    }

    /// r24_imap_closure_threshold (fork): a chunk the task handler could not send. "任务处理线程发送它失败" is a
    /// calque of "failed to send it"; and the summary counted chunks with 个 after "分成 5 块".
    func testAnUnsentChunkIsSaidInPlainChinese() throws {
        let timeline = try Round22MTests.timeline("r24_imap_closure_threshold--fork")
        let rows = Round22MTests.rows(timeline, .poolResult, lang: .zh).filter { $0.contains("没有送到任何工作进程") }
        XCTAssertFalse(rows.isEmpty)
        for row in rows {
            XCTAssertFalse(row.contains("发送它失败"), row)
            XCTAssertTrue(row.contains("任务处理线程没能把它发出去"), row)
        }
    }
    /// r24s_supervisor_sentinels (all): a connection.wait() on sentinels. "直到 {what}中有一个就绪" glued the list's last
    /// Latin word to 中 ("job-9 的 sentinel中"), and a space there would split "A 端 中" when the list ends in Chinese;
    /// the list now comes before a full-width comma.
    func testAConnectionWaitSetsItsListApartFromTheChinese() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Round22MTests.timeline("r24s_supervisor_sentinels--\(method)")
            let rows = Round22MTests.rows(timeline, .connectionWait, lang: .zh).filter { $0.hasPrefix("在 connection.wait() 中等待") }
            XCTAssertFalse(rows.isEmpty, method)
            for row in rows {
                XCTAssertFalse(row.contains("sentinel中"), row)
                // a wait on one sentinel says it alone (round 25): "等待 X 的 sentinel 就绪", set apart by a space
                XCTAssertTrue(row.hasSuffix(" 的 sentinel，直到其中有一个就绪") || (row.hasSuffix(" 的 sentinel 就绪") && !row.contains("、")), row)
            }
        }
    }
}
