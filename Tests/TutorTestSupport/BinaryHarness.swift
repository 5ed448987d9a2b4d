import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorAnalysis

/// Runs the built `mp-tutor` binary as a learner would, under a unique marker so that tests can prove
/// no process of the run is left behind.
struct BinaryHarness {
    struct Result {
        var status: Termination
        var stdout: String
        var stderr: String
        var seconds: Double
        var marker: String
    }

    static let repoRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static var binary: String {
        #if os(macOS)
        let products = Bundle(for: BundleToken.self).bundleURL.deletingLastPathComponent()
        #else
        let products = Bundle.main.bundleURL
        #endif
        return products.appendingPathComponent("mp-tutor").path
    }

    /// Runs mp-tutor with `arguments`; `environment` entries are added to (or, with nil, removed from) the test's own.
    static func run(_ arguments: [String], environment changes: [String: String?] = [:], currentDirectory: String = repoRoot,
                    timeout: Double = 120, stdin: String = "/dev/null", executable: String = binary,
                    onStart: (@Sendable (Int32) -> Void)? = nil) throws -> Result {
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: executable), "build mp-tutor first: \(executable) is missing")
        let marker = "MPTUTOR_TEST_RUN=\(UUID().uuidString)"
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        // Progress goes to a folder of the test's own, never to the developer's real state folder.
        env["XDG_STATE_HOME"] = stateHome
        // English unless a test asks otherwise, whatever the developer's locale.
        env["MP_TUTOR_LANG"] = "en"
        for (key, value) in changes { env[key] = value }
        let parts = marker.split(separator: "=", maxSplits: 1).map(String.init)
        env[parts[0]] = parts[1]
        let started = Date()
        var startCallback: (@Sendable (Int32, UInt64) -> Void)?
        if let onStart {
            startCallback = { pid, _ in onStart(pid) }
        }
        let request = RunRequest(executable: executable, arguments: arguments, environment: env,
                                 workingDirectory: currentDirectory, timeout: timeout, stdinPath: stdin)
        let outcome = try Supervisor().run(request, onStart: startCallback)
        return Result(status: outcome.termination, stdout: String(decoding: outcome.stdout, as: UTF8.self),
                      stderr: String(decoding: outcome.stderr, as: UTF8.self), seconds: Date().timeIntervalSince(started),
                      marker: marker)
    }

    /// Runs `command` with bash, where `$MPTUTOR` is the binary: for what only a shell does (`<(…)`, pipes).
    static func shell(_ command: String, environment changes: [String: String?] = [:], timeout: Double = 120) throws -> Result {
        var all = changes
        all["MPTUTOR"] = binary
        let started = Date()
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["XDG_STATE_HOME"] = stateHome
        for (key, value) in all { env[key] = value }
        let marker = "MPTUTOR_TEST_RUN=\(UUID().uuidString)"
        env["MPTUTOR_TEST_RUN"] = String(marker.dropFirst("MPTUTOR_TEST_RUN=".count))
        let outcome = try Supervisor().run(RunRequest(executable: "/bin/bash", arguments: ["-c", command], environment: env,
                                                      workingDirectory: repoRoot, timeout: timeout))
        return Result(status: outcome.termination, stdout: String(decoding: outcome.stdout, as: UTF8.self),
                      stderr: String(decoding: outcome.stderr, as: UTF8.self), seconds: Date().timeIntervalSince(started),
                      marker: marker)
    }

    /// A state folder shared by the runs of one test process.
    static let stateHome = FileManager.default.temporaryDirectory.appendingPathComponent("mp-tutor-test-state-\(UUID().uuidString)").path

    /// Writes a Python script into a fresh temporary folder and returns its path.
    static func script(_ name: String, _ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("mp-tutor-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Processes that still carry the run's marker.
    static func survivors(of result: Result) -> [Int32] {
        ProcessTable.pids(withEnvironmentEntry: result.marker)
    }
}

private final class BundleToken {}
