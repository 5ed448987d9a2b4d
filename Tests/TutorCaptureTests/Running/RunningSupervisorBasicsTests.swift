import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

final class RunningSupervisorBasicsTests: XCTestCase {
    func testExitStatusIsReported() throws {
        let (request, marker) = RunTestSupport.shell("echo out; echo err >&2; exit 7")
        let outcome = try Supervisor().run(request)
        XCTAssertEqual(outcome.termination, .exited(7))
        XCTAssertEqual(String(decoding: outcome.stdout, as: UTF8.self), "out\n")
        XCTAssertEqual(String(decoding: outcome.stderr, as: UTF8.self), "err\n")
        XCTAssertFalse(outcome.timedOut)
        XCTAssertFalse(outcome.interrupted)
        XCTAssertEqual(outcome.leftoverPids, [])
        RunTestSupport.assertNothingLeft(marker: marker, pgid: outcome.pid)
    }

    func testDeathBySignalIsReported() throws {
        let (request, _) = RunTestSupport.shell("kill -9 $$")
        XCTAssertEqual(try Supervisor().run(request).termination, .signaled(9))
    }

    func testLargeInterleavedOutputArrivesByteExact() throws {
        let folder = try RunTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A pattern that does not repeat at any pipe or chunk size, so a lost, doubled or
        // reordered block shows.
        let data = (0..<(2 * 1024 * 1024)).map { UInt8(truncatingIfNeeded: $0 ^ ($0 >> 8) ^ ($0 >> 16)) }
        try Data(data).write(to: URL(fileURLWithPath: folder + "/data.bin"))
        // tee writes each block to stdout, then to stderr: both pipes fill up in turn.
        var (request, _) = RunTestSupport.shell("tee /dev/stderr < data.bin")
        request.workingDirectory = folder
        let seen = LockedBox([0, 0])
        let outcome = try Supervisor().run(request, onOutput: { stream, bytes in
            seen.update { $0[stream == .stdout ? 0 : 1] += bytes.count }
        })
        XCTAssertEqual(outcome.termination, .exited(0))
        XCTAssertEqual(outcome.stdout.count, data.count)
        XCTAssertTrue(outcome.stdout == data, "stdout differs")
        XCTAssertTrue(outcome.stderr == data, "stderr differs")
        XCTAssertEqual(seen.value, [data.count, data.count])
    }

    func testEnvironmentWorkingDirectoryAndStdinArePassed() throws {
        let folder = try RunTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "from-stdin".write(toFile: folder + "/input.txt", atomically: true, encoding: .utf8)
        let request = RunRequest(
            executable: "sh", arguments: ["-c", "printf '%s|%s|' \"$GREETING\" \"$(pwd -P)\"; cat"],
            environment: ["GREETING": "hello world", "PATH": "/usr/bin:/bin"],
            workingDirectory: folder, stdinPath: folder + "/input.txt")
        let outcome = try Supervisor().run(request)
        XCTAssertEqual(String(decoding: outcome.stdout, as: UTF8.self), "hello world|\(folder)|from-stdin")
    }

    func testStartCallbackAndMonotonicTimes() throws {
        let before = MonotonicClock.nowNs()
        let started = LockedBox<(Int32, UInt64)?>(nil)
        let (request, marker) = RunTestSupport.shell("sleep 0.1")
        let outcome = try Supervisor().run(request, onStart: { pid, ns in
            // The child is already running: ProcessTable sees it with its marker.
            #if os(Linux)
            XCTAssertTrue(ProcessTable.pids(withEnvironmentEntry: marker).contains(pid))
            #endif
            started.update { $0 = (pid, ns) }
        })
        let after = MonotonicClock.nowNs()
        XCTAssertEqual(started.value?.0, outcome.pid)
        XCTAssertEqual(started.value?.1, outcome.startedAtMonotonicNs)
        XCTAssertLessThanOrEqual(before, outcome.startedAtMonotonicNs)
        XCTAssertGreaterThanOrEqual(outcome.endedAtMonotonicNs - outcome.startedAtMonotonicNs, 100_000_000)
        XCTAssertLessThanOrEqual(outcome.endedAtMonotonicNs, after)
    }

    func testMissingProgramIsReportedAsMissing() {
        for name in ["/nonexistent/python3", "no-such-program-mp-tutor"] {
            let request = RunRequest(executable: name, arguments: [], environment: RunTestSupport.environment())
            XCTAssertThrowsError(try Supervisor().run(request)) { error in
                guard case .missingProgram = error as? MPTutorError else {
                    return XCTFail("expected missingProgram, got \(error)")
                }
                XCTAssertEqual((error as? MPTutorError)?.exitStatus, 69)
            }
        }
    }

    func testAFileThatIsNotExecutableIsARunFailure() throws {
        let folder = try RunTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try RunTestSupport.writeScript("echo hi\n", to: folder + "/plain.sh", executable: false)
        let request = RunRequest(executable: folder + "/plain.sh", arguments: [], environment: [:])
        XCTAssertThrowsError(try Supervisor().run(request)) { error in
            guard case .runFailed = error as? MPTutorError else { return XCTFail("got \(error)") }
        }
    }

    func testRelativeExecutableStillWorksInAnotherWorkingDirectory() throws {
        let folder = try RunTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let request = RunRequest(
            executable: "../../bin/sh", arguments: ["-c", "pwd -P"], environment: [:], workingDirectory: folder)
        // The test runs with some working directory two levels below / at most, or at /.
        let cwd = FileManager.default.currentDirectoryPath
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: cwd + "/../../bin/sh"))
        let outcome = try Supervisor().run(request)
        XCTAssertEqual(String(decoding: outcome.stdout, as: UTF8.self), folder + "\n")
    }

    func testMissingWorkingDirectoryIsARunFailure() {
        var (request, _) = RunTestSupport.shell("true")
        request.workingDirectory = "/nonexistent/folder"
        XCTAssertThrowsError(try Supervisor().run(request)) { error in
            guard case .runFailed = error as? MPTutorError else { return XCTFail("got \(error)") }
        }
    }

    #if os(Linux)
    func testSignalDispositionsAreRestoredAfterARun() throws {
        var before = sigaction()
        sigaction(SIGINT, nil, &before)
        _ = try Supervisor().run(RunTestSupport.shell("true").request)
        var after = sigaction()
        sigaction(SIGINT, nil, &after)
        XCTAssertEqual(
            unsafeBitCast(after.__sigaction_handler.sa_handler, to: Int.self),
            unsafeBitCast(before.__sigaction_handler.sa_handler, to: Int.self))
    }
    #endif
}
