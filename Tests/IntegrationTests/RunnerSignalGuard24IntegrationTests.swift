import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// Guard 24: the main process signalling its parent is named as such, in one line; Ctrl-\ from the learner's terminal
/// still ends the run cleanly.
final class RunnerSignalGuard24IntegrationTests: XCTestCase {
    /// The main process signals its parent, but only when that parent is mp-tutor (never a shell, never the test).
    static let mainProgram = #"""
    import multiprocessing as mp, os, signal, sys, time

    if __name__ == "__main__":
        mp.set_start_method(sys.argv[1])
        traced = open(f"/proc/{os.getppid()}/comm").read().strip() == "mp-tutor"
        print("parent is mp-tutor:", traced, flush=True)
        if traced:
            for name in sys.argv[2:]:
                os.kill(os.getppid(), getattr(signal, name))
                time.sleep(0.05)
        print("main done", flush=True)
    """#

    func testTheMainProcessSignallingItsParentIsOneLineNamingTheMainProcess() throws {
        guard FileManager.default.fileExists(atPath: "/proc/self/comm") else { throw XCTSkip("needs /proc") }
        let script = try BinaryHarness.script("main_signals_parent.py", Self.mainProgram)
        let names = ["SIGUSR1", "SIGUSR1", "SIGUSR1", "SIGUSR2", "SIGPROF", "SIGTSTP", "SIGQUIT"]
        let result = try BinaryHarness.run(["trace", "--timeout", "30", "--color", "never", "--width", "400", script, "spawn"] + names)
        XCTAssertEqual(result.status, .exited(0), result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("print \"parent is mp-tutor: True\""), result.stdout)
        XCTAssertTrue(result.stdout.contains("print \"main done\""), result.stdout)
        let said = result.stdout.split(separator: "\n").filter { $0.contains("mp-tutor itself received") }
        XCTAssertEqual(said.count, 1, result.stdout)
        XCTAssertTrue(said.first?.contains("mp-tutor itself received SIGUSR1 ×3, SIGUSR2, SIGPROF, SIGTSTP, SIGQUIT from pid ") == true, result.stdout)
        XCTAssertTrue(said.first?.contains(", the program's main process, between ") == true, result.stdout)
        XCTAssertTrue(said.first?.contains("traced, mp-tutor started it, so os.getppid() there names mp-tutor") == true, result.stdout)
        XCTAssertFalse(result.stdout.contains("this run was stopped"), result.stdout)
        XCTAssertEqual(BinaryHarness.survivors(of: result), [])
    }

    /// Ctrl-\ in the learner's terminal sends SIGQUIT to mp-tutor (the run has a process group of its own): the run is
    /// stopped as for SIGTERM, nothing of it survives, the terminal's modes are as before, and mp-tutor ends by SIGQUIT
    /// (status 131) without a core dump.
    func testCtrlBackslashFromTheTerminalStopsTheRunCleanly() throws {
        let pane = try TmuxPane(name: "quit", width: 120, height: 40)
        defer { pane.close() }
        _ = try RunTestSupport.python()
        let program = """
        import multiprocessing as mp, sys, time

        def sleeper():
            time.sleep(60)

        if __name__ == "__main__":
            mp.set_start_method("fork")
            mp.Process(target=sleeper, name="sleeper").start()
            print("started", flush=True)
            time.sleep(60)

        """
        try program.write(toFile: pane.directory + "/sleepers.py", atomically: true, encoding: .utf8)
        let marker = "MPTUTOR_QUIT_TEST=" + UUID().uuidString
        try pane.keys("cd \(pane.directory) && ulimit -c unlimited; stty -a > before.txt; \(marker) \(BinaryHarness.binary) trace --width 110 --color never sleepers.py; echo \"status $?\" > status.txt; stty -a > after.txt", "Enter")
        try pane.waitForRun(marker: marker, processes: 2)
        try pane.keys("C-\\")
        try pane.assertRunEnded(status: 131, marker: marker)
        let screen = try pane.capture(history: 200).joined(separator: "\n")
        XCTAssertTrue(screen.contains("this run was stopped: mp-tutor received SIGQUIT"), screen)
        XCTAssertFalse(screen.contains("core dumped"), screen)
        let cores = try FileManager.default.contentsOfDirectory(atPath: pane.directory).filter { $0.hasPrefix("core") }
        XCTAssertEqual(cores, [], "a core file was left")
    }

    /// Round 22's forkserver case: a forkserver child kills its server (its parent), is adopted by mp-tutor, and signals
    /// its new parent. Same path as the fork and spawn orphans; here under forkserver.
    static let forkserverProgram = #"""
    import multiprocessing as mp, os, signal, sys, time

    def child(launcher):
        server = os.getppid()
        os.kill(server, signal.SIGKILL)
        deadline = time.monotonic() + 5
        while os.getppid() == server and time.monotonic() < deadline:
            time.sleep(0.01)
        print("adopted by the launcher:", os.getppid() == launcher, flush=True)
        if os.getppid() == launcher:
            for name in sys.argv[1:]:
                os.kill(launcher, getattr(signal, name))
                time.sleep(0.05)

    if __name__ == "__main__":
        mp.set_start_method("forkserver")
        p = mp.Process(target=child, args=(os.getppid(),), name="orphaned")
        p.start()
        p.join()
        time.sleep(0.5)
        print("main done", flush=True)
    """#

    func testAForkserverChildWhoseServerDiedSignallingItsNewParentDoesNotEndMpTutor() throws {
        let script = try BinaryHarness.script("forkserver_orphan.py", Self.forkserverProgram)
        let result = try BinaryHarness.run(["trace", "--timeout", "30", "--color", "never", "--width", "400", script,
                                            "SIGUSR1", "SIGTERM", "SIGPROF", "SIGQUIT"])
        XCTAssertEqual(result.status, .exited(0), result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("print \"adopted by the launcher: True\""), result.stdout)
        XCTAssertTrue(result.stdout.contains("print \"main done\""), result.stdout)
        let said = result.stdout.split(separator: "\n").filter { $0.contains("mp-tutor itself received") }
        XCTAssertEqual(said.count, 1, result.stdout)
        XCTAssertTrue(said.first?.contains("received SIGUSR1, SIGTERM, SIGPROF, SIGQUIT from pid ") == true, result.stdout)
        XCTAssertTrue(said.first?.contains("a process of this run whose parent had ended") == true, result.stdout)
        XCTAssertEqual(BinaryHarness.survivors(of: result), [])
    }
}
