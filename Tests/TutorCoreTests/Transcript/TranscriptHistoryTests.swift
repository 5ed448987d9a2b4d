import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// The transcript format only grows: transcripts recorded by earlier mp-tutors (copied from this
/// repository's history into Fixtures/history, named `<lesson>-<commit>.jsonl`) still read and replay.
final class TranscriptHistoryTests: XCTestCase {
    static let folder = BinaryHarness.repoRoot + "/Tests/Fixtures/history"

    func history() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { $0.hasSuffix(".jsonl") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 3, "the old transcripts are missing from \(Self.folder)")
        return names.map { Self.folder + "/" + $0 }
    }

    func testOldTranscriptsReadWithoutProblems() throws {
        for path in try history() {
            let transcript = try TranscriptReader.read(path: path)
            XCTAssertEqual(transcript.header.version, 1, path)
            XCTAssertEqual(transcript.problems, [], path)
            XCTAssertTrue(transcript.isComplete, path)
            XCTAssertEqual(transcript.trailer?.eventCount, transcript.events.count, path)
            XCTAssertTrue(transcript.events.contains { $0.is(.processStart) }, path)
        }
    }

    func testOldTranscriptsReplayThroughTheBinary() throws {
        for path in try history() {
            let transcript = try TranscriptReader.read(path: path)
            let result = try BinaryHarness.run(["replay", path, "--width", "100"])
            XCTAssertEqual(result.status, .exited(0), "\(path): \(result.stderr)")
            XCTAssertTrue(result.stdout.contains("MainProcess"), "\(path):\n\(result.stdout)")
            let names = Set(transcript.events.map(\.process)).filter { $0.hasPrefix("ForkPoolWorker") }
            for name in names.sorted().prefix(2) {
                XCTAssertTrue(result.stdout.contains(name), "\(path): \(name) missing from the replay")
            }
        }
    }
}
