import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// An error the transcript reader gave, reduced to its line and message, so that two ways of reading compare equal.
struct TranscriptReadFailure: Error, Equatable {
    var message: String
}

extension XCTestCase {
    /// Reads `bytes` from a file (in blocks, a long one's parts decoded on two threads) and from memory (line by line);
    /// asserts the same outcome, the transcript or the error naming the same line, and returns it.
    func readBothWays(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) throws -> Result<Transcript, TranscriptReadFailure> {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/run.jsonl"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        func outcome(_ body: () throws -> Transcript) -> Result<Transcript, TranscriptReadFailure> {
            do { return .success(try body()) } catch {
                let parts = (error as? MPTutorError)?.badInputParts
                return .failure(TranscriptReadFailure(message: parts.map { "\($0.line.map(String.init) ?? "-"): \($0.message)" } ?? "\(error)"))
            }
        }
        let fromFile = outcome { try TranscriptReader.read(path: path) }
        let fromBytes = outcome { try TranscriptReader.parse(bytes, file: path) }
        XCTAssertEqual(fromFile, fromBytes, file: file, line: line)
        return fromFile
    }
}
