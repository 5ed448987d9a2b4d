import Foundation
import XCTest
@testable import TutorTestSupport

/// Every committed spawn/forkserver recording whose child has rows before its `process.start` also has the
/// `process.boot` row that explains them (gaps 21B; rerecord 22 re-recorded the ones made before it).
/// The scan is scripts/scan_boot_rows.py; it reads the files only (about 1,800 of them, a few seconds).
final class CommittedBootRowsTests: XCTestCase {
    func testNoCommittedSpawnOrForkserverRecordingLacksItsBootRow() throws {
        let (status, output) = try scan([])
        XCTAssertEqual(status, 0, "re-record these with scripts/run_corpus.py --record NAME (or the lesson's way):\n\(output)")
        XCTAssertTrue(output.contains("0 of "), output)
    }

    /// The scan can fail: a child's row before its start with no boot row is named; with the boot row, or under
    /// fork, or for a `python -c` run by `subprocess` (no `process.start`), or for a child whose only early row is
    /// the unpickling of its Process object's Connection argument (after the import), it is not.
    func testTheScanNamesAChildsEarlyRowWithoutABootRow() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let lacking = try folder.write("lacking.jsonl", bytes: Array(transcript(method: "spawn", boot: false).utf8))
        let booted = try folder.write("booted.jsonl", bytes: Array(transcript(method: "spawn", boot: true).utf8))
        let forked = try folder.write("forked.jsonl", bytes: Array(transcript(method: "fork", boot: false).utf8))
        let (status, output) = try scan([lacking, booted, forked])
        XCTAssertEqual(status, 1, output)
        XCTAssertTrue(output.contains("lacking.jsonl: child (pid 20)"), output)
        XCTAssertFalse(output.contains("booted.jsonl"), output)
        XCTAssertFalse(output.contains("forked.jsonl"), output)
        XCTAssertFalse(output.contains("pid 30"), output)
        XCTAssertFalse(output.contains("pid 21"), output)
        XCTAssertTrue(output.contains("1 of 3 "), output)
    }
}

private extension CommittedBootRowsTests {
    func transcript(method: String, boot: Bool) -> String {
        func line(_ seq: Int, _ pid: Int, _ process: String, _ rest: String) -> String {
            "{\"seq\":\(seq),\"t\":\(seq * 1000),\"pid\":\(pid),\"ppid\":1,\"process\":\"\(process)\",\"thread\":\"MainThread\",\(rest)}"
        }
        var lines = [
            "{\"format\":\"mp-tutor-transcript\",\"version\":1,\"start_method\":\"\(method)\"}",
            line(1, 10, "MainProcess", "\"kind\":\"process.start\",\"name\":\"MainProcess\",\"role\":\"main\""),
            line(2, 10, "MainProcess", "\"kind\":\"process.spawn\",\"child_pid\":20,\"name\":\"child\""),
            line(3, 10, "MainProcess", "\"kind\":\"process.spawn\",\"child_pid\":21,\"name\":\"talker\""),
            line(3, 21, "talker", "\"kind\":\"pipe.unpickled\",\"object\":\"Pipe#1\",\"end\":\"B\""),
            line(4, 21, "talker", "\"kind\":\"process.start\",\"name\":\"talker\",\"role\":\"child\""),
        ]
        if boot { lines.append(line(3, 20, "child", "\"kind\":\"process.boot\",\"name\":\"child\",\"main\":\"p.py\"")) }
        lines += [
            line(4, 20, "child", "\"kind\":\"lock.create\",\"object\":\"Lock#1\""),
            line(5, 20, "child", "\"kind\":\"process.start\",\"name\":\"child\",\"role\":\"child\""),
            line(6, 30, "python -c", "\"kind\":\"print\",\"stream\":\"stdout\",\"text\":\"hi\""),
            "{\"trailer\":true,\"complete\":true}",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    func scan(_ paths: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", BinaryHarness.repoRoot + "/scripts/scan_boot_rows.py"] + paths
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
