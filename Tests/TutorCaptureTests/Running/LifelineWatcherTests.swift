import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// The lifeline's watcher on its own: when the pipe closes without "done" it kills the announced
/// process group (even with no marker to find) and removes the folder; after "done" it touches nothing.
final class LifelineWatcherTests: XCTestCase {
    private func sleeper() throws -> SpawnedChild {
        try ChildSpawner.spawn(RunRequest(executable: "/bin/sh", arguments: ["-c", "sleep 30 & sleep 30; wait"],
                                          environment: ["PATH": "/usr/bin:/bin"]), extraEnvironment: [:])
    }

    private func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lifeline-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path + "/events", withIntermediateDirectories: true)
        return path
    }

    func testACutLifelineKillsTheGroupAndRemovesTheFolder() throws {
        let scratch = try folder()
        let lifeline = try XCTUnwrap(Lifeline.start(marker: "MPTUTOR_NO_SUCH_MARKER=\(UUID().uuidString)", folder: scratch, lockFD: nil))
        let child = try sleeper()
        lifeline.announce(processGroup: child.pid)
        Thread.sleep(forTimeInterval: 0.2)
        XCTAssertEqual(kill(-child.pid, 0), 0, "the group runs")
        // Reap what dies, as init would once mp-tutor is gone (this test process may be their subreaper).
        let mainStatus = StatusBox()
        let reaper = Thread {
            var status: Int32 = 0
            while true {
                let pid = waitpid(-child.pid, &status, 0)
                if pid == child.pid { mainStatus.value = status }
                if pid < 0 && errno != EINTR { return }
            }
        }
        reaper.start()
        let started = Date()
        lifeline.cut()
        // Bounds that catch a watcher that never ends, not a speed: on a busy machine its shell waits for a core (load 32).
        XCTAssertLessThan(Date().timeIntervalSince(started), 30, "the watcher is done, not hung")
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, kill(-child.pid, 0) == 0 { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertNotEqual(kill(-child.pid, 0), 0, "nothing of the group is left")
        XCTAssertEqual(mainStatus.value.map { Termination(waitStatus: $0) }, .signaled(SIGKILL))
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch))
    }

    func testAfterDoneTheWatcherLeavesEverythingAlone() throws {
        let scratch = try folder()
        let lifeline = try XCTUnwrap(Lifeline.start(marker: "MPTUTOR_NO_SUCH_MARKER=\(UUID().uuidString)", folder: scratch, lockFD: nil))
        let child = try sleeper()
        lifeline.announce(processGroup: child.pid)
        lifeline.release()
        Thread.sleep(forTimeInterval: 0.3)
        XCTAssertEqual(kill(-child.pid, 0), 0, "the run was not the watcher's to kill")
        XCTAssertTrue(FileManager.default.fileExists(atPath: scratch))
        kill(-child.pid, SIGKILL)
        var status: Int32 = 0
        _ = waitpid(child.pid, &status, 0)
        try FileManager.default.removeItem(atPath: scratch)
    }
}

private final class StatusBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Int32?
    var value: Int32? {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}
