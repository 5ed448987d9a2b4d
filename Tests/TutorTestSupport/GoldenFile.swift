import Foundation
import XCTest

/// Compares rendered output with a file under `Tests/Golden/`.
///
/// With `MPTUTOR_RECORD_GOLDEN=1` the file is rewritten instead, so an intended change in output
/// shows up as a diff of the golden files, reviewed like code.
enum GoldenFile {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden", isDirectory: true)

    static var isRecording: Bool { ProcessInfo.processInfo.environment["MPTUTOR_RECORD_GOLDEN"] == "1" }

    /// Fails unless `rendered` equals the golden file at `relativePath` (below `Golden/`).
    static func assertMatches(_ rendered: String, _ relativePath: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = directory.appendingPathComponent(relativePath)
        if isRecording {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            XCTAssertNoThrow(try rendered.write(to: url, atomically: true, encoding: .utf8), file: file, line: line)
            print("Recorded golden file \(url.path)")
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("Missing golden file \(url.path); run with MPTUTOR_RECORD_GOLDEN=1", file: file, line: line)
            return
        }
        if rendered != expected {
            XCTFail("""
                output differs from \(relativePath) (first difference at line \(firstDifferentLine(rendered, expected))); \
                re-record with MPTUTOR_RECORD_GOLDEN=1 if the change is intended.
                """, file: file, line: line)
        }
    }

    static func firstDifferentLine(_ left: String, _ right: String) -> Int {
        let leftLines = left.split(separator: "\n", omittingEmptySubsequences: false)
        let rightLines = right.split(separator: "\n", omittingEmptySubsequences: false)
        let index = Array(zip(leftLines, rightLines)).firstIndex { $0 != $1 } ?? min(leftLines.count, rightLines.count)
        return index + 1
    }
}
