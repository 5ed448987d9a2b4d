import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 31C parts 3 and 4. The state panel joined its lists (a pool's waiting tasks, a queue's items, an executor's
/// items not started) with spaces in both languages; it now joins them as the summary does, ", " and in Chinese "、".
/// A queue's reader or a Pipe end given to a poll, select or connection.wait() by its fd was "fd" and a poll over it
/// was not recorded at all; the tracer now names it as the reader or end (fd_owners.py).
final class Gaps31CListsAndFdWaitsTests: XCTestCase {
    func testThePanelsListsAreJoinedAsTheSummarysAreInBothLanguages() throws {
        let keys = try TemporaryFolder()
        defer { keys.remove() }
        try "".write(toFile: keys.path + "/keys", atomically: true, encoding: .utf8)
        func steps(_ language: String) throws -> String {
            let run = try BinaryHarness.run(["replay", BinaryHarness.repoRoot + "/transcripts/futures-vs-pool.jsonl", "--step", "--lang", language,
                                             "--color", "never", "--width", "140"], stdin: keys.path + "/keys")
            XCTAssertEqual(run.status, .exited(0), run.stderr)
            return run.stdout
        }
        let en = try steps("en"), zh = try steps("zh")
        XCTAssertTrue(en.contains(" tasks      3 waiting: 0.5, 0.6, 0.7\n"), en)
        XCTAssertFalse(en.contains("waiting: 0.5 0.6"), en)
        XCTAssertTrue(zh.contains(" 任务       3 个在等：0.5、0.6、0.7\n"), zh)
        XCTAssertFalse(zh.contains("在等：0.5 0.6"), zh)
    }

    func testAWaitOnAReaderOrPipeEndGivenByItsFdIsNamed() throws {
        for method in ["fork", "spawn", "forkserver"] {
            func replay(_ language: String) throws -> String {
                try BinaryHarness.run(["replay", "corpus/transcripts/g31c_poll_reader_fds--\(method).jsonl", "--full", "--no-pager",
                                       "--color", "never", "--width", "220", "--lang", language]).stdout
            }
            let text = try replay("en")
            XCTAssertTrue(text.contains("waits in poll.poll() until one of Queue#1's reader, Queue#2's reader is ready"), "\(method): \(text)")
            XCTAssertTrue(text.contains("waits in select.select() until Pipe#1 end A is ready"), "\(method): \(text)")
            XCTAssertTrue(text.contains("select.select() returned after ") && text.contains(": ready: Pipe#1 end A"), text)
            XCTAssertTrue(text.contains("waits in connection.wait() until Queue#3's reader is ready"), "\(method): \(text)")
            XCTAssertFalse(text.contains(" fd ") || text.contains("until fd"), text)
            let zh = try replay("zh")
            XCTAssertTrue(zh.contains("Queue#1 的读取端、Queue#2 的读取端"), zh)
        }
    }
}
