import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// `--record PATH` through the binary: what is at PATH decides how it is written, and a failed
/// write still shows the run.
final class RecordDestinationTests: XCTestCase {
    private func hello() throws -> String {
        try BinaryHarness.script("hello.py", "print('hello from the program')\n")
    }

    private func kind(_ path: String, following: Bool = false) -> mode_t {
        var info = stat()
        let status = following ? stat(path, &info) : lstat(path, &info)
        return status == 0 ? info.st_mode & S_IFMT : 0
    }

    func testARegularFileIsReplacedAtomicallyAndKeepsItsMode() throws {
        let script = try hello()
        let record = script + ".jsonl"
        try "old".write(toFile: record, atomically: false, encoding: .utf8)
        chmod(record, 0o640)
        let result = try BinaryHarness.run(["trace", "--record", record, script])
        XCTAssertEqual(result.status, .exited(0), result.stderr)
        XCTAssertTrue(try TranscriptReader.read(path: record).isComplete)
        var info = stat()
        stat(record, &info)
        XCTAssertEqual(info.st_mode & 0o777, 0o640)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: (record as NSString).deletingLastPathComponent)
            .filter { $0.contains(".tmp-") }
        XCTAssertEqual(leftovers, [], "no temporary file is left beside it")
    }

    func testASymlinkIsFollowedNotReplaced() throws {
        let script = try hello()
        let folder = (script as NSString).deletingLastPathComponent
        let target = folder + "/kept/run.jsonl"
        try FileManager.default.createDirectory(atPath: folder + "/kept", withIntermediateDirectories: true)
        let link = folder + "/latest.jsonl"
        XCTAssertEqual(symlink("kept/run.jsonl", link), 0)  // relative and dangling until the run writes it
        let result = try BinaryHarness.run(["trace", "--record", link, script])
        XCTAssertEqual(result.status, .exited(0), result.stderr)
        XCTAssertEqual(kind(link), S_IFLNK, "the link is still a link")
        XCTAssertEqual(kind(target), S_IFREG)
        XCTAssertTrue(try TranscriptReader.read(path: target).isComplete)
    }

    func testDevNullIsWrittenAsAStreamAndStaysADevice() throws {
        let result = try BinaryHarness.run(["trace", "--record", "/dev/null", try hello()])
        XCTAssertEqual(result.status, .exited(0), result.stderr)
        XCTAssertEqual(kind("/dev/null"), S_IFCHR)
        XCTAssertTrue(result.stdout.contains("recorded to /dev/null"), result.stdout)
    }

    func testAFifoGetsTheTranscriptAndStaysAFifo() throws {
        let script = try hello()
        let fifo = (script as NSString).deletingLastPathComponent + "/pipe"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let received = try BinaryHarness.shell("cat \(fifo) > \(fifo).out & \"$MPTUTOR\" trace --record \(fifo) \(script); status=$?; wait; exit $status")
        XCTAssertEqual(received.status, .exited(0), received.stderr)
        XCTAssertEqual(kind(fifo), S_IFIFO)
        let transcript = try TranscriptReader.read(path: fifo + ".out")
        XCTAssertTrue(transcript.isComplete)
        XCTAssertTrue(transcript.events.contains { $0.text == "hello from the program" })
    }

    func testDashWritesTheTranscriptToStdoutAndTheTimelineToStderr() throws {
        let result = try BinaryHarness.run(["trace", "--record", "-", try hello()])
        XCTAssertEqual(result.status, .exited(0), result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("{\"format\":\"mp-tutor-transcript\""), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("}\n"))
        XCTAssertTrue(result.stderr.contains("print \"hello from the program\""), result.stderr)
        XCTAssertFalse(result.stdout.contains("▶"), "nothing but the transcript on stdout")
    }

    func testTheTracedScriptIsNeverOverwrittenWhateverThePath() throws {
        let script = try hello()
        let folder = (script as NSString).deletingLastPathComponent
        let hardLink = folder + "/same.py"
        XCTAssertEqual(link(script, hardLink), 0)
        XCTAssertEqual(symlink(script, folder + "/alias.py"), 0)
        for path in [script, folder + "/../" + (folder as NSString).lastPathComponent + "/hello.py", hardLink, folder + "/alias.py"] {
            let result = try BinaryHarness.run(["trace", "--record", path, script])
            XCTAssertEqual(result.status, .exited(64), "\(path): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("would overwrite the program being traced"), result.stderr)
        }
        XCTAssertEqual(try String(contentsOfFile: script, encoding: .utf8), "print('hello from the program')\n")
        let lesson = try BinaryHarness.run(["lesson", "pool-async", "--record", "lessons/pool-async/demo.py"])
        XCTAssertEqual(lesson.status, .exited(64), lesson.stderr)
    }

    func testAFailedWriteStillShowsTheRunNamesThePathAndExits74() throws {
        let result = try BinaryHarness.run(["trace", "--record", "/dev/full", try hello()])
        XCTAssertEqual(result.status, .exited(74))
        XCTAssertTrue(result.stdout.contains("print \"hello from the program\""), "the timeline is shown: \(result.stdout)")
        XCTAssertFalse(result.stdout.contains("recorded to"))
        XCTAssertTrue(result.stderr.contains("could not write the transcript to /dev/full: No space left on device"), result.stderr)
        let failing = try BinaryHarness.script("three.py", "import sys\nsys.exit(3)\n")
        XCTAssertEqual(try BinaryHarness.run(["trace", "--record", "/dev/full", failing]).status, .exited(3),
                       "the program's own failure says more than 74")
        let missing = try BinaryHarness.run(["trace", "--record", "/nonexistent-folder/run.jsonl", try hello()])
        XCTAssertEqual(missing.status, .exited(74))
        XCTAssertTrue(missing.stderr.contains("/nonexistent-folder/run.jsonl"), missing.stderr)
    }
}
