import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// The tracer embedded in the binary is exactly `tracer/sitecustomize.py` and `tracer/mptutor_trace/*.py`,
/// and installs as working Python files.
final class TracerSourceTests: XCTestCase {
    func testEmbeddedTracerMatchesTheFilesInTracerFolder() throws {
        let package = try FileManager.default.contentsOfDirectory(atPath: BinaryHarness.repoRoot + "/tracer/mptutor_trace")
            .filter { $0.hasSuffix(".py") }.map { "mptutor_trace/" + $0 }
        XCTAssertEqual(Set(TracerSource.files.map(\.name)), Set(["sitecustomize.py"] + package),
                       "the tracer's files changed: run scripts/embed-tracer.py")
        XCTAssertTrue(package.contains("mptutor_trace/__init__.py"))
        for file in TracerSource.files {
            let onDisk = try String(contentsOfFile: BinaryHarness.repoRoot + "/tracer/" + file.name, encoding: .utf8)
            XCTAssertEqual(file.text, String(onDisk.reversed().drop { $0 == "\n" }.reversed()),
                           "\(file.name) changed: run scripts/embed-tracer.py")
        }
    }

    func testInstallWritesEveryFileOfThePackage() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mp-tutor-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try TracerSource.install(into: dir)
        for file in TracerSource.files {
            XCTAssertEqual(try String(contentsOfFile: dir + "/" + file.name, encoding: .utf8), file.text + "\n")
        }
    }
}

/// The tracer's own Python unittests (tracer/tests), run as part of `swift test` so that one command runs everything:
/// every `test_*.py` module, two modules at once (`run_parallel.py`: each test runs its programs in processes and
/// folders of its own; on 2 cores this halves the suite's wall time, most of it spent starting Pythons and waiting).
final class TracerPythonTests: XCTestCase {
    func testTracerUnittestsPass() throws {
        // .ci/run runs the same runner beside `swift test` (CI 35) and asks the same OK of it; SwiftPM's `--skip`
        // cannot say "all but this one" (it lists every other test on the command line, past the kernel's limit).
        if ProcessInfo.processInfo.environment["MPTUTOR_TRACER_TESTS_BESIDE"] == "1" {
            throw XCTSkip("the tracer's unittests run beside swift test (MPTUTOR_TRACER_TESTS_BESIDE=1, .ci/run)")
        }
        let python: String
        do {
            python = try PythonLocator(environment: ProcessInfo.processInfo.environment).locate(explicit: nil)
        } catch {
            throw XCTSkip("no python3 on this machine: \(error)")
        }
        let outcome = try Supervisor().run(RunRequest(
            executable: python, arguments: ["tracer/tests/run_parallel.py", "--jobs", "2"],
            environment: ProcessInfo.processInfo.environment, workingDirectory: BinaryHarness.repoRoot, timeout: 600))
        let report = String(decoding: outcome.stderr, as: UTF8.self)
        print(report.split(separator: "\n").suffix(7).joined(separator: "\n"))
        // unittest's report of a failure can run to megabytes of events: name each failed test and its assertion first
        let named = report.split(separator: "\n").filter {
            $0.hasPrefix("FAIL:") || $0.hasPrefix("ERROR:") || $0.contains("Error: ") || ($0.contains("File \"") && $0.contains("tracer/tests"))
        }.prefix(60).map { String($0.prefix(400)) }
        XCTAssertEqual(outcome.termination, .exited(0), named.joined(separator: "\n") + "\n…\n" + String(report.suffix(2000)))
        XCTAssertTrue(report.contains("\nOK"), "unittest did not report OK")
    }
}
