import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// The transcript `trace --record` writes for fixed per-process logs (Tests/Fixtures/record-logs), byte for
/// byte: recorded from the recording path as it was before it was made faster, so that any change in what
/// is written shows up here. Re-record with MPTUTOR_RECORD_GOLDEN=1 only for an intended change.
final class RecordGoldenTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/record-logs")

    func testEveryFixtureRunGivesTheRecordedTranscript() throws {
        let runs = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path)
            .filter { !$0.hasSuffix(".md") }.sorted()
        XCTAssertGreaterThanOrEqual(runs.count, 13)
        for run in runs {
            let (bytes, keys) = try transcript(of: run)
            assertSameBytes(bytes, "record/\(run).jsonl")
            assertSameBytes(Array(keys.utf8), "record/\(run).keys.txt")
        }
    }

    func testTheFileWrittenHoldsTheSameBytesInPiecesOfAnySize() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for run in ["lock_bench", "hostile_lines"] {
            let transcript = try assembled(run).transcript
            let whole = TranscriptWriter.bytes(of: transcript)
            for size in [1, 1000, 1 << 20] {
                var joined: [UInt8] = []
                var pieces = 0
                TranscriptWriter.pieces(of: transcript, size: size) { joined += $0; pieces += 1 }
                XCTAssertEqual(joined, whole, "\(run), pieces of \(size) bytes")
                if size == 1 { XCTAssertEqual(pieces, transcript.events.count + 1, "one piece per event line, then the trailer") }
            }
            let path = folder.path + "/\(run).jsonl"
            try TranscriptWriter.write(transcript, to: path)
            XCTAssertEqual(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))), whole, run)
        }
    }

    func testHostileLinesAreCountedNotInvented() throws {
        let (bytes, _) = try transcript(of: "hostile_lines")
        let text = String(decoding: bytes, as: UTF8.self)
        let trailer = try XCTUnwrap(text.split(separator: "\n").last)
        // Unreadable lines, the gap, the cut-off lines and the file without a proc line are lost events.
        XCTAssertTrue(trailer.contains(#""lost_events":"#), String(trailer))
        XCTAssertFalse(trailer.contains(#""lost_events":0,"#), String(trailer))
        XCTAssertFalse(text.contains("\u{1B}"), "an escape character reached the transcript")
        XCTAssertTrue(text.contains(#""silent_processes":[503]"#), "the spawned child that never reported is named")
    }
}

private extension RecordGoldenTests {
    /// The run's transcript (as `TracedRun` assembles it, with a fixed recording time) and the events' keys.
    func transcript(of run: String) throws -> (bytes: [UInt8], keys: String) {
        let transcript = try assembled(run)
        let keys = transcript.keys.map { key in key.map { "\($0.source) \($0.n)" } ?? "-" }.joined(separator: "\n") + "\n"
        return (TranscriptWriter.bytes(of: transcript.transcript), keys)
    }

    func assembled(_ run: String) throws -> TracedRun.Assembled {
        let folder = Self.fixtures.appendingPathComponent(run).path
        let facts = try String(contentsOfFile: folder + "/run.txt", encoding: .utf8).split(separator: "\n")
            .reduce(into: [String: Int64]()) { out, line in
                let parts = line.split(separator: " ")
                if parts.count == 2 { out[String(parts[0])] = Int64(parts[1]) }
            }
        let mainPid = Int32(facts["main_pid"] ?? 0), start = UInt64(facts["start_ns"] ?? 0), end = UInt64(facts["end_ns"] ?? 0)
        let runFacts = RunFacts(exitCode: facts["exit_code"].map { Int32($0) }, signal: facts["signal"].map { Int32($0) },
                                timeoutSeconds: 60, durationNs: Int64(end) - Int64(start))
        var request = TracedRun.Request(python: "python3", script: "/tmp/rf-fix/prog/\(run).py", arguments: ["1"])
        request.checkout = "/tmp/rf-fix"
        let environment = ["HOME": "/root", "USER": "root"]
        return TracedRun.transcript(request, eventsDirectory: folder, run: runFacts, startNs: start, endNs: end,
                                    mainPid: mainPid, environment: environment, recordedAt: "2026-12-04T00:00:00Z")
    }

    func assertSameBytes(_ bytes: [UInt8], _ relativePath: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = GoldenFile.directory.appendingPathComponent(relativePath)
        if GoldenFile.isRecording {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            XCTAssertNoThrow(try Data(bytes).write(to: url), file: file, line: line)
            return
        }
        guard let expected = try? [UInt8](Data(contentsOf: url)) else {
            XCTFail("Missing golden file \(url.path); run with MPTUTOR_RECORD_GOLDEN=1", file: file, line: line)
            return
        }
        guard bytes != expected else { return }
        let mismatch = bytes.indices.first { $0 >= expected.count || bytes[$0] != expected[$0] } ?? expected.count
        let lineNumber = bytes[..<mismatch].filter { $0 == 0x0A }.count + 1
        XCTFail("\(relativePath) differs at byte \(mismatch) (line \(lineNumber)): \(bytes.count) bytes written, \(expected.count) expected",
                file: file, line: line)
    }
}
