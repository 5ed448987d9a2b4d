import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 30B part 2: the summary's "processes: 3 (1 end not recorded, 2 ended by SIGTERM)" said neither what ended nor
/// what the record lacks. Now: "1 process whose end was not recorded" (plural: "N processes whose end was not recorded"),
/// counted after the ends the record has, in English and Chinese.
final class Gaps30BEndWordsTests: XCTestCase {
    private func summary(_ file: String, _ language: String) throws -> String {
        let run = try BinaryHarness.run(["replay", BinaryHarness.repoRoot + "/" + file, "--full", "--no-pager", "--color", "never",
                                         "--width", "200", "--lang", language])
        XCTAssertEqual(run.status, .exited(0), run.stderr)
        return run.stdout
    }

    func testAnUnrecordedEndSaysWhatEndedAndThatItsEndIsNotRecorded() throws {
        // The fast writer, terminated while still in acquire(): its end is in no event (r29s).
        // Under spawn the resource tracker, under forkserver the fork server too, have no recorded end either.
        for (method, n, ends) in [("fork", 3, "1 process whose end was not recorded"), ("spawn", 4, "2 processes whose end was not recorded"),
                                  ("forkserver", 5, "3 processes whose end was not recorded")] {
            let file = "corpus/transcripts/r29s_terminate_writer_holding_lock--\(method).jsonl"
            let en = try summary(file, "en")
            XCTAssertTrue(en.contains("processes: \(n) (2 ended by SIGTERM, \(ends))"), en)
            XCTAssertFalse(en.contains("end not recorded"), en)
            let zh = try summary(file, "zh")
            XCTAssertTrue(zh.contains("进程：\(n) 个（2 个被 SIGTERM 结束，\(n - 2) 个进程的结束方式没有记录下来）"), zh)
            XCTAssertFalse(zh.contains("结束未被记录"), zh)
        }
    }
}
