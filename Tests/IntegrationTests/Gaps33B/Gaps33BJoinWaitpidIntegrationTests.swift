import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 33B (issue 11): the built binary traces a backup script that waits for a hand-forked helper with os.waitpid()
/// and gives up joining an uploader stalled in time.sleep() (not a recorded wait). The summary names os.waitpid() as the
/// call the program waited in; the gave-up join says the uploader's last recorded event and that what it did after that
/// is not in the record, without guessing a sleep.
final class Gaps33BJoinWaitpidIntegrationTests: XCTestCase {
    func testTheSummaryNamesOsWaitpidAndTheGaveUpJoinSaysWhatTheRecordKnows() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (run, transcript) = try Gaps32BAtexitIntegrationTests.trace("g33b_backup_waitpid_join_timeout", method)
            XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
            let text = try Gaps32BAtexitIntegrationTests.replay(transcript)
            XCTAssertNotNil(text.range(of: #"MainProcess +of [0-9.]+ m?s: os\.waitpid\(\) [0-9.]+ m?s, "#, options: .regularExpression), "\(method): \(text)")
            XCTAssertTrue(Gaps32BAtexitIntegrationTests.inOrder(text, [
                "put ('started', 'backup-2026-12-07.tar.gz') on Queue#1", "join(uploader, timeout=1) gave up",
            ]), "\(method): \(text)")
            // the note, its lines joined where they wrapped
            let joined = text.replacingOccurrences(of: "\n    ", with: " ")
            let note = joined.split(separator: "\n").first { $0.contains("uploader had not ended") } ?? ""
            XCTAssertNotNil(note.range(of: #"uploader had not ended, and no wait the tracer records was open in it: the last event its main thread recorded "#
                + #"before this was at [0-9.]+ s: “put \('started', 'backup-2026-12-07\.tar\.gz'\) on Queue#1"#, options: .regularExpression), "\(method): \(note)")
            XCTAssertTrue(note.contains("What it did after that is not in the record"), "\(method): \(note)")
            XCTAssertFalse(note.contains("sleep"), "\(method): \(note)")
            let zh = try Gaps32BAtexitIntegrationTests.replay(transcript, "zh").replacingOccurrences(of: "\n    ", with: "")
            XCTAssertTrue(zh.contains("uploader 还没有结束，而且当时它不在任何被追踪器记录的等待中：在此之前，它的主线程最后一次记录的事件是在"), "\(method): \(zh)")
            XCTAssertNotNil(zh.range(of: #"os\.waitpid\(\) [0-9.]+ m?s，"#, options: .regularExpression), "\(method): \(zh)")
        }
    }

    /// A Python run under `sh -c` by a Pool worker is traced, but nothing traced waits for it: the summary says why its
    /// end is not in the record; the Python the other worker ran directly has its end (the worker's returncode).
    func testAPythonUnderShSaysWhyItsEndIsNotRecorded() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let (run, transcript) = try Gaps32BAtexitIntegrationTests.trace("g33b_shell_python_versions", method)
            XCTAssertEqual(run.status, .exited(0), run.stdout + run.stderr)
            // the summary's lines joined where they wrapped
            let text = try Gaps32BAtexitIntegrationTests.replay(transcript).replacingOccurrences(of: "\n    ", with: " ")
            XCTAssertTrue(text.contains("shell: returncode 0, said 3") && text.contains("direct: returncode 0, said True"), "\(method): \(text)")
            // after the count, and after the helpers' clause ("2 of them multiprocessing's helpers (…)") under spawn and forkserver
            XCTAssertNotNil(text.range(of: #"whose end was not recorded\)(, [0-9] of them multiprocessing's helpers \([^)]*\))?; python -c pid [0-9]+ ran under sh pid [0-9]+, a program the tracer does not run in: nothing traced waited for it"#,
                                       options: .regularExpression), "\(method): \(text)")
            XCTAssertEqual(text.components(separatedBy: " ran under ").count, 2, "only the Python under sh: \(method): \(text)")
            let zh = try Gaps32BAtexitIntegrationTests.replay(transcript, "zh").replacingOccurrences(of: "\n    ", with: "")
            XCTAssertNotNil(zh.range(of: #"；python -c pid [0-9]+ 运行在 sh pid [0-9]+ 之下，而追踪器不在 sh 里运行"#, options: .regularExpression), "\(method): \(zh)")
        }
    }
}
