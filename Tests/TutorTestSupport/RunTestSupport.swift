import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorAnalysis

/// Shared helpers for the runner tests: environments with a unique run marker, temporary
/// folders, and the check that a run left no process behind.
enum RunTestSupport {
    /// A fresh `MPTUTOR_RUN_ID=...` entry; every process of the run inherits it.
    static func newRunMarker() -> (name: String, value: String, entry: String) {
        let value = UUID().uuidString
        return ("MPTUTOR_RUN_ID", value, "MPTUTOR_RUN_ID=\(value)")
    }

    /// The test process's environment plus `extra`.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        ProcessInfo.processInfo.environment.merging(extra) { _, new in new }
    }

    /// A request for `sh -c script` carrying a new run marker.
    static func shell(_ script: String, timeout: Double? = nil, exitGrace: Double = 0.5)
        -> (request: RunRequest, marker: String) {
        let marker = newRunMarker()
        let request = RunRequest(
            executable: "/bin/sh", arguments: ["-c", script],
            environment: environment([marker.name: marker.value]),
            timeout: timeout, interruptGrace: 0.5, exitGrace: exitGrace)
        return (request, marker.entry)
    }

    /// A new empty folder (resolved through symlinks) removed by the caller.
    static func temporaryDirectory() throws -> String {
        let base = FileManager.default.temporaryDirectory
            .appendingPathComponent("mp-tutor-run-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        return base.resolvingSymlinksInPath().path
    }

    /// Writes an executable shell script.
    static func writeScript(_ text: String, to path: String, executable: Bool = true) throws {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes(
            [.posixPermissions: executable ? 0o755 : 0o644], ofItemAtPath: path)
    }

    /// The python3 the tests use, or a skip when there is none.
    static func python() throws -> String {
        guard let python = try? PythonLocator(environment: environment()).locate(explicit: nil) else {
            throw XCTSkip("python3 is not installed")
        }
        return python
    }

    /// Fails unless no process of the run (by marker and by process group) is alive or a zombie.
    static func assertNothingLeft(marker: String, pgid: Int32, file: StaticString = #filePath, line: UInt = #line) {
        #if os(Linux)
        XCTAssertEqual(ProcessTable.pids(withEnvironmentEntry: marker), [], "processes left", file: file, line: line)
        XCTAssertEqual(ProcessTable.pids(inProcessGroup: pgid), [], "group not empty", file: file, line: line)
        #endif
        XCTAssertEqual(kill(-pgid, 0), -1, "group still exists", file: file, line: line)
        reapAdoptedOrphans(file: file, line: line)
    }

    /// Reaps this test process's zombie children, and fails if one is left. A run makes the test process a child
    /// subreaper (`Subreaper`, for good): a run's process whose parent ended is re-parented to it, and once stopped it
    /// stays a zombie until the test process waits for it (mp-tutor's own process exits and init reaps them; the test
    /// process lives on through every test). Called after a run's processes were stopped, so none is still ending.
    static func reapAdoptedOrphans(file: StaticString = #filePath, line: UInt = #line) {
        #if os(Linux)
        let me = getpid()
        let deadline = Date().addingTimeInterval(5)
        var zombies = ProcessTable.entries().filter { $0.ppid == me && $0.isZombie }.map(\.pid)
        while !zombies.isEmpty, Date() < deadline {
            for pid in zombies { var status: Int32 = 0; _ = waitpid(pid, &status, WNOHANG) }
            zombies = ProcessTable.entries().filter { $0.ppid == me && $0.isZombie }.map(\.pid)
            if !zombies.isEmpty { usleep(50_000) }
        }
        XCTAssertEqual(zombies, [], "zombie children of the test process left", file: file, line: line)
        #endif
    }
}

/// A lock-protected value for `@Sendable` callbacks.
final class LockedBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value { lock.withLock { stored } }

    func update(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}
