import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// A TMPDIR that runs out of space: named as such, never a success, no claim proved on no data.
/// Needs a tiny tmpfs, which only root can mount: skipped otherwise.
final class FullTemporaryFolderTests: XCTestCase {
    private var mountPoint: String?

    override func setUpWithError() throws {
        #if os(Linux)
        guard getuid() == 0 else { throw XCTSkip("mounting a tiny tmpfs needs root") }
        let point = try BinaryHarness.script("placeholder", "") + "-tmpfs"
        try FileManager.default.createDirectory(atPath: point, withIntermediateDirectories: true)
        // Room for the tracer's files (each rounded up to whole pages) but not for the events it preallocates
        // (256 KB a process): measured from the embedded tracer, so the test does not break as the tracer grows.
        let pages = TracerSource.installedFiles().reduce(0) { $0 + ($1.bytes.count + 4095) / 4096 }
        let mounted = try BinaryHarness.shell("mount -t tmpfs -o size=\(pages * 4)k,mode=1777 tmpfs '\(point)'")
        guard mounted.status == .exited(0) else { throw XCTSkip("cannot mount a tmpfs here: \(mounted.stderr)") }
        mountPoint = point
        #else
        throw XCTSkip("tmpfs mounts are a Linux test")
        #endif
    }

    override func tearDown() {
        if let mountPoint { _ = try? BinaryHarness.shell("umount '\(mountPoint)'") }
    }

    func testALessonThatCouldNotRecordIsNotASuccessAndProvesNothing() throws {
        let tmp = try XCTUnwrap(mountPoint)
        let result = try BinaryHarness.run(["lesson", "pool-async", "--width", "200"], environment: ["TMPDIR": tmp])
        XCTAssertEqual(result.status, .exited(74), result.stderr)
        XCTAssertTrue(result.stdout.contains("the temporary folder \(tmp) ran out of space"), result.stdout)
        XCTAssertFalse(result.stdout.contains("the tracer did not start"), "the cause is named, not guessed")
        XCTAssertTrue(result.stdout.contains("INCOMPLETE"), result.stdout)
        let proves = try XCTUnwrap(result.stdout.range(of: "what this run proves")).upperBound
        let claims = result.stdout[proves...]
        XCTAssertFalse(claims.contains("✓"), "no claim is proved on no data:\n\(claims)")
        XCTAssertTrue(claims.contains("? at most 3 tasks ran at once"), String(claims))
        XCTAssertTrue(claims.contains("not proved"))
        let check = try BinaryHarness.run(["check", "pool-async"], environment: ["TMPDIR": tmp])
        XCTAssertEqual(check.status, .exited(1))
        XCTAssertTrue(check.stdout.contains("no claim can be proved: the temporary folder"), check.stdout)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: tmp), [], "nothing is left in TMPDIR")
    }

    func testAFullFolderBeforeTheRunIsNamed() throws {
        let tmp = try XCTUnwrap(mountPoint)
        _ = try BinaryHarness.shell("dd if=/dev/zero of='\(tmp)/fill' bs=4k 2>/dev/null; true")
        let result = try BinaryHarness.run(["trace", try BinaryHarness.script("hello.py", "print('hi')\n")], environment: ["TMPDIR": tmp])
        XCTAssertEqual(result.status, .exited(1))
        XCTAssertTrue(result.stderr.contains("No space left on device"), result.stderr)
        XCTAssertTrue(result.stderr.contains("TMPDIR"), result.stderr)
    }
}
