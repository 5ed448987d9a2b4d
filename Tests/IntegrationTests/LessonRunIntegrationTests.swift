import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorCommands
@testable import TutorTestSupport

/// `mp-tutor lesson`, `replay` and `check` on the real pool-async lesson, with the real python3.
final class LessonRunIntegrationTests: XCTestCase {
    func testLiveLessonProvesEveryClaim() throws {
        let result = try BinaryHarness.run(["lesson", "pool-async", "--width", "100", "--set", "seconds=0.2"])
        XCTAssertEqual(result.status, .exited(0), result.stderr)
        XCTAssertTrue(result.stdout.contains("Pool.apply_async"), "the lesson text is shown first")
        XCTAssertTrue(result.stdout.contains("✓ at most 3 tasks ran at once"), result.stdout)
        XCTAssertTrue(result.stdout.contains("what this run proves"))
        XCTAssertFalse(result.stdout.contains("✗"), result.stdout)
        XCTAssertTrue(result.stdout.contains("ForkPoolWorker-3"))
        XCTAssertTrue(result.stdout.contains("none lost"))
    }

    func testReplayWithoutPythonShowsTheSameTimelineAsTheLiveRun() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mp-tutor-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("run.jsonl").path
        let live = try BinaryHarness.run(["lesson", "pool-async", "--width", "90", "--set", "seconds=0.2", "--record", file])
        XCTAssertEqual(live.status, .exited(0), live.stderr)
        let transcript = try TranscriptReader.read(path: file)
        XCTAssertTrue(transcript.isComplete)
        XCTAssertEqual(transcript.header.lesson, "pool-async")

        let replay = try BinaryHarness.run(["replay", file, "--width", "90"], environment: ["PATH": "/nonexistent", "MP_TUTOR_PYTHON": nil])
        XCTAssertEqual(replay.status, .exited(0), replay.stderr)
        let liveBody = Self.body(live.stdout, after: "▶ ran ").replacingOccurrences(of: "\nrecorded to \(file)\n", with: "")
        let replayBody = Self.body(replay.stdout, after: "  recorded ")
        XCTAssertFalse(liveBody.isEmpty)
        XCTAssertEqual(liveBody, replayBody)
    }

    func testCommittedTranscriptReplaysWithoutPython() throws {
        let result = try BinaryHarness.run(["replay", "pool-async"], environment: ["PATH": "/nonexistent", "MP_TUTOR_PYTHON": nil])
        XCTAssertEqual(result.status, .exited(0), result.stderr)
        XCTAssertTrue(result.stdout.contains("replay of"))
        XCTAssertTrue(result.stdout.contains("✓ every callback ran in the main process"), result.stdout)
        XCTAssertFalse(result.stdout.contains("✗"))
    }

    func testCheckVerifiesTheClaimsLive() throws {
        let result = try BinaryHarness.run(["check", "pool-async"])
        XCTAssertEqual(result.status, .exited(0), result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("PASS pool-async"))
        XCTAssertTrue(result.stdout.contains("1 passed, 0 failed"))
    }

    func testCheckWithChangedParametersHoldsTheClaimsToThem() throws {
        // The claims are written in the lesson's parameters: with 2 workers, "at most 2 tasks ran at once".
        let result = try BinaryHarness.run(["check", "pool-async", "--set", "workers=2", "--set", "tasks=6"])
        XCTAssertEqual(result.status, .exited(0), result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("PASS pool-async --set workers=2 --set tasks=6"), result.stdout)
        XCTAssertTrue(result.stdout.contains("✓ at most 2 tasks ran at once"), result.stdout)
        XCTAssertTrue(result.stdout.contains("✓ 2 worker processes ran all 6 tasks"), result.stdout)
    }

    func testCheckFailsAndSaysWhatWasObserved() throws {
        // One worker cannot run 3 tasks at once: the lesson's "workers ran all tasks" claim still holds,
        // so break a claim on purpose with a lesson copy whose claim is false.
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("mp-tutor-test-\(UUID().uuidString)")
        let lessonDir = root.appendingPathComponent("lessons/pool-async")
        try FileManager.default.createDirectory(at: lessonDir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let source = BinaryHarness.repoRoot + "/lessons/pool-async/"
        var text = try String(contentsOfFile: source + "pool-async.md", encoding: .utf8)
        text = text.replacingOccurrences(of: "check: max_concurrent_tasks <= {workers}", with: "check: max_concurrent_tasks <= 1")
        try text.write(to: lessonDir.appendingPathComponent("pool-async.md"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: source + "demo.py", toPath: lessonDir.appendingPathComponent("demo.py").path)
        let result = try BinaryHarness.run(["check", "pool-async", "--timeout", "30"], environment: ["MP_TUTOR_HOME": root.path])
        XCTAssertEqual(result.status, .exited(1))
        XCTAssertTrue(result.stdout.contains("FAIL pool-async"), result.stdout)
        XCTAssertTrue(result.stdout.contains("observed: max_concurrent_tasks = 3"), result.stdout)
    }

    func testProgressMarksFinishedLessonsAndLessonWithoutIdContinues() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("mp-tutor-test-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: state) }
        let before = try BinaryHarness.run(["list"], environment: ["XDG_STATE_HOME": state])
        XCTAssertTrue(before.stdout.contains("0 of "), before.stdout)
        let next = try BinaryHarness.run(["lesson", "--text-only"], environment: ["XDG_STATE_HOME": state])
        XCTAssertEqual(next.status, .exited(0))
        let replay = try BinaryHarness.run(["replay", "pool-async"], environment: ["XDG_STATE_HOME": state])
        XCTAssertEqual(replay.status, .exited(0))
        let after = try BinaryHarness.run(["list"], environment: ["XDG_STATE_HOME": state])
        XCTAssertTrue(after.stdout.contains("✓ pool-async"), after.stdout)
        XCTAssertTrue(FileManager.default.fileExists(atPath: state + "/mp-tutor/progress.json"))
        let reset = try BinaryHarness.run(["progress", "--reset"], environment: ["XDG_STATE_HOME": state])
        XCTAssertEqual(reset.status, .exited(0))
        XCTAssertFalse(FileManager.default.fileExists(atPath: state + "/mp-tutor/progress.json"))
    }

    /// The text after the line that starts with `marker`.
    static func body(_ output: String, after marker: String) -> String {
        let lines = output.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix(marker) }) else { return "" }
        // A heading wider than the terminal wraps, its continuation indented two columns deeper.
        let continuation = lines[start].prefix { $0 == " " }.count + 2
        let rest = lines[(start + 1)...].drop { $0.prefix { $0 == " " }.count == continuation }
        return rest.joined(separator: "\n")
    }
}
