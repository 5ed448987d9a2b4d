import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// However mp-tutor dies (SIGKILL included), its run dies too within a few seconds and its scratch
/// folder goes; the folders of dead runs are collected by the next run, and only those.
final class LifelineTests: XCTestCase {
    /// mp-tutor started directly (not under a test Supervisor, which would clean up for it), with its own
    /// TMPDIR and a marker every process of the run inherits. SIGKILLed once `ready` processes run.
    private func killDuring(_ arguments: [String], ready: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let marker = "MPTUTOR_LIFELINE_TEST=\(UUID().uuidString)"
        let tmp = try BinaryHarness.script("placeholder", "") + "-tmp"
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BinaryHarness.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: BinaryHarness.repoRoot)
        var env = ProcessInfo.processInfo.environment
        env["TMPDIR"] = tmp
        env["XDG_STATE_HOME"] = BinaryHarness.stateHome
        let parts = marker.split(separator: "=").map(String.init)
        env[parts[0]] = parts[1]
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let mpTutor = process.processIdentifier
        var run: [Int32] = []
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, run.count < ready {
            Thread.sleep(forTimeInterval: 0.1)
            run = ProcessTable.pids(withEnvironmentEntry: marker).filter { $0 != mpTutor }
        }
        XCTAssertGreaterThanOrEqual(run.count, ready, "the run started", file: file, line: line)
        XCTAssertEqual(folders(tmp).count, 1, file: file, line: line)
        kill(mpTutor, SIGKILL)
        process.waitUntilExit()
        let gone = Date().addingTimeInterval(5)
        while Date() < gone, !ProcessTable.pids(withEnvironmentEntry: marker).isEmpty || !folders(tmp).isEmpty {
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTAssertEqual(ProcessTable.pids(withEnvironmentEntry: marker), [], "no process of the run is left", file: file, line: line)
        XCTAssertEqual(folders(tmp), [], "the scratch folder is gone", file: file, line: line)
        // Processes re-parented to this test process (a subreaper once it supervised anything) are zombies now: reap
        // every one (not only the pids of the first look, nor only those already dead then), and fail if one is left.
        RunTestSupport.reapAdoptedOrphans(file: file, line: line)
    }

    private func folders(_ tmp: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: tmp)) ?? []).filter { $0.hasPrefix(ScratchFolder.prefix) }
    }

    func testSIGKILLDuringPoolAsyncLeavesNothing() throws {
        try killDuring(["lesson", "pool-async"], ready: 4)
    }

    func testSIGKILLDuringAProgramThatIgnoresSIGTERMAndSIGINTLeavesNothing() throws {
        let script = try BinaryHarness.script("stubborn.py", """
        import multiprocessing as mp, os, signal, time
        def deaf():
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        def work():
            deaf()
            os.setsid()                      # and leaves the process group too
            while True:
                time.sleep(0.5)
        if __name__ == "__main__":
            deaf()
            workers = [mp.Process(target=work) for _ in range(3)]
            for w in workers:
                w.start()
            for w in workers:
                w.join()
        """)
        try killDuring(["trace", "--timeout", "0", script], ready: 4)
    }

    func testDeadRunsFoldersAreCollectedOnlyWhenTheirLockIsFree() throws {
        let base = try BinaryHarness.script("placeholder", "") + "-collect"
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        let live = try ScratchFolder.make(base: base)
        // A run that ended without removing its folder: its lock went with it, as when mp-tutor dies.
        let deadPath = try Self.abandonedFolder(base: base)
        let unlocked = base + "/" + ScratchFolder.prefix + "nolock"  // no .lock: starting, or not ours to judge
        try FileManager.default.createDirectory(atPath: unlocked, withIntermediateDirectories: true)
        let elsewhere = try BinaryHarness.script("placeholder", "") + "-target"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try "".write(toFile: elsewhere + "/.lock", atomically: false, encoding: .utf8)
        XCTAssertEqual(symlink(elsewhere, base + "/" + ScratchFolder.prefix + "link"), 0)

        XCTAssertEqual(ScratchFolder.collectDeadRuns(base: base), 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: deadPath), "the dead run's folder is collected")
        XCTAssertTrue(FileManager.default.fileExists(atPath: live.path + "/.lock"), "a live run's folder is kept")
        XCTAssertTrue(FileManager.default.fileExists(atPath: unlocked), "a folder without a lock is never guessed at")
        XCTAssertTrue(FileManager.default.fileExists(atPath: elsewhere + "/.lock"), "a symlink is not followed")
        var info = stat()
        XCTAssertEqual(stat(live.path, &info), 0)
        XCTAssertEqual(info.st_mode & 0o777, 0o700, "the scratch folder is private")
        live.remove()
        XCTAssertFalse(FileManager.default.fileExists(atPath: live.path))
    }

    private static func abandonedFolder(base: String) throws -> String {
        let dead = try ScratchFolder.make(base: base)
        try "x".write(toFile: dead.path + "/events.jsonl", atomically: false, encoding: .utf8)
        return dead.path
    }

    func testTheNextRunCollectsAFolderLeftByAKilledRun() throws {
        let tmp = try BinaryHarness.script("placeholder", "") + "-next"
        try FileManager.default.createDirectory(atPath: tmp + "/" + ScratchFolder.prefix + "abc123/events", withIntermediateDirectories: true)
        try "".write(toFile: tmp + "/" + ScratchFolder.prefix + "abc123/.lock", atomically: false, encoding: .utf8)
        let hello = try BinaryHarness.script("hello.py", "print('hi')\n")
        let result = try BinaryHarness.run(["trace", hello], environment: ["TMPDIR": tmp])
        XCTAssertEqual(result.status, .exited(0), result.stderr)
        XCTAssertEqual(folders(tmp), [], "the dead folder and the run's own are both gone")
    }
}
