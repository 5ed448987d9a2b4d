import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// One broken lesson fails alone: every other lesson and every command still works, and the broken one
/// is named with its own file and line. Bad numbers are refused before python starts.
final class BrokenLessonIntegrationTests: XCTestCase {
    private var project: TemporaryFolder!

    override func setUpWithError() throws {
        project = try TemporaryFolder()
        let root = BinaryHarness.repoRoot
        for file in ["pool-async.md", "demo.py"] {
            try project.write("lessons/pool-async/" + file, try String(contentsOfFile: root + "/lessons/pool-async/" + file, encoding: .utf8))
        }
        try project.write("transcripts/pool-async.jsonl", try String(contentsOfFile: root + "/transcripts/pool-async.jsonl", encoding: .utf8))
        try project.write("lessons/broken/broken.md", "---\nid: broken\ntitle: Broken\ndemo: demo.py\ntimeout: inf\n---\n")
        try project.write("lessons/nameless/nameless.md", "---\ntitle: No id\ndemo: demo.py\n---\n")
        try project.write("lessons/index.md", "## Unit\n- broken\n- pool-async\n")
    }

    override func tearDown() { project.remove() }

    private func run(_ arguments: [String]) throws -> BinaryHarness.Result {
        try BinaryHarness.run(arguments, environment: ["MP_TUTOR_HOME": project.path])
    }

    func testEveryCommandStillWorksAndTheBrokenLessonIsNamedAtItsLine() throws {
        let brokenFile = project.path + "/lessons/broken/broken.md"
        // `list` reads headlines only: a lesson without an id is named there; a bad timeout when the lesson is used.
        let list = try run(["list", "--color", "never"])
        XCTAssertEqual(list.status, .exited(65))
        XCTAssertTrue(list.stdout.contains("pool-async"), list.stdout)
        XCTAssertTrue(list.stdout.contains("broken"), list.stdout)
        XCTAssertTrue(list.stderr.contains("Error: \(project.path)/lessons/nameless/nameless.md:2: the front matter needs 'id'"), list.stderr)
        XCTAssertFalse(list.stderr.contains("timeout"), list.stderr)

        let lesson = try run(["lesson", "pool-async", "--text-only", "--color", "never"])
        XCTAssertEqual(lesson.status, .exited(0), lesson.stderr)
        XCTAssertTrue(lesson.stdout.contains("apply_async"))

        let replay = try run(["replay", "pool-async", "--color", "never"])
        XCTAssertEqual(replay.status, .exited(0), replay.stderr)

        for arguments in [["lesson", "broken"], ["check", "broken"], ["replay", "broken"]] {
            let result = try run(arguments)
            XCTAssertEqual(result.status, .exited(65), arguments.joined(separator: " "))
            XCTAssertTrue(result.stderr.contains("\(brokenFile):5:"), "\(arguments): \(result.stderr)")
        }
    }

    func testBadNumbersAreRefusedBeforePythonStarts() throws {
        // PATH without python: had the run started, the error would be about python instead.
        let noPython: [String: String?] = ["MP_TUTOR_HOME": project.path, "PATH": "/nonexistent", "MP_TUTOR_PYTHON": nil]
        for (arguments, words) in [
            (["lesson", "pool-async", "--timeout", "1e11"], "--timeout takes a number of seconds above 0 and at most 604800"),
            (["lesson", "pool-async", "--timeout", "inf"], "--timeout takes a number of seconds"),
            (["lesson", "pool-async", "--set", "seconds=nan"], "--set seconds=nan: expected a number"),
            (["lesson", "pool-async", "--set", "seconds=0x1p-2"], "--set seconds=0x1p-2: expected a number"),
            (["lesson", "pool-async", "--text-only", "--set", "seconds=nan"], "--set seconds=nan"),
            (["trace", "--timeout", "1e300", "x.py"], "--timeout takes a number of seconds"),
        ] {
            let result = try BinaryHarness.run(arguments, environment: noPython)
            XCTAssertEqual(result.status, .exited(64), "\(arguments): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(words), "\(arguments): \(result.stderr)")
        }
    }
}
