import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Traces one program of the truth corpus through the built binary, records it, and asserts that
/// `mp-tutor check` finds every invariant holding in the recording.
enum CorpusTrace {
    /// The screen as printed, and the recorded transcript; `then` sees the recording before it is removed.
    static func run(_ program: String, method: String, timeout: String, status: Int32 = 0, width: Int,
                    file: StaticString = #filePath, line: UInt = #line,
                    then: (String) throws -> Void = { _ in }) throws -> (screen: String, transcript: Transcript) {
        let record = NSTemporaryDirectory() + "corpus-trace-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: record) }
        let result = try BinaryHarness.run(["trace", "--start-method", method, "--timeout", timeout, "--color", "never",
                                            "--width", String(width), "--record", record, "corpus/" + program])
        XCTAssertEqual(result.status, .exited(status), result.stderr, file: file, line: line)
        let check = try BinaryHarness.run(["check", record])
        XCTAssertEqual(check.status, .exited(0), check.stdout, file: file, line: line)
        XCTAssertTrue(check.stdout.hasPrefix("PASS "), check.stdout, file: file, line: line)
        try then(record)
        return (result.stdout, try TranscriptReader.read(path: record))
    }
}
