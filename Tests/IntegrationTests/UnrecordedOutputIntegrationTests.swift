import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Output written past print() is said, and printed output is not, run live.
final class UnrecordedOutputIntegrationTests: XCTestCase {
    private func trace(_ program: String, method: String, timeout: String, status: Int32 = 0,
                       then: (String) throws -> Void = { _ in }) throws -> (screen: String, transcript: Transcript) {
        let (screen, transcript) = try CorpusTrace.run(program, method: method, timeout: timeout, status: status, width: 200, then: then)
        return (screen.replacingOccurrences(of: "\n    ", with: " "), transcript)
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
