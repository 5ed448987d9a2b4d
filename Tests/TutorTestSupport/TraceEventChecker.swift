import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture

/// Runs the strict Trace Event reader (scripts/check_trace_events.py) on a file or on bytes.
enum TraceEventChecker {
    static let script = BinaryHarness.repoRoot + "/scripts/check_trace_events.py"

    struct Verdict {
        var valid: Bool
        var output: String
    }

    static func check(bytes: [UInt8], expectFlows: Int? = nil) throws -> Verdict {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        return try check(path: try folder.write("trace.json", bytes: bytes), expectFlows: expectFlows)
    }

    static func check(path: String, expectFlows: Int? = nil) throws -> Verdict {
        var arguments = [script, path]
        if let expectFlows { arguments += ["--expect-flows", String(expectFlows)] }
        let outcome = try Supervisor().run(RunRequest(executable: python(), arguments: arguments,
                                                      environment: ProcessInfo.processInfo.environment,
                                                      workingDirectory: BinaryHarness.repoRoot, timeout: 120))
        let output = String(decoding: outcome.stdout + outcome.stderr, as: UTF8.self)
        return Verdict(valid: outcome.termination == .exited(0), output: output)
    }

    static func python() throws -> String {
        guard let found = ExecutableSearch.find("python3", path: ProcessInfo.processInfo.environment["PATH"]) else {
            throw XCTSkip("python3 is needed for the Trace Event reader")
        }
        return found
    }
}
