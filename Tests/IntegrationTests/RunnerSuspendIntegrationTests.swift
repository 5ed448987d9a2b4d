import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// Guard 25: Ctrl-Z in the learner's terminal during `mp-tutor trace` gives the shell its terminal back with its modes
/// as they were, and `fg` lets the run finish with its output and status, nothing of it left.
final class RunnerSuspendIntegrationTests: XCTestCase {
    /// A main process and a child that wait for a file `go` (made after `fg`), so the test does not race the clock.
    static let program = """
    import multiprocessing as mp, os, sys, time

    def wait_go():
        deadline = time.monotonic() + 60
        while not os.path.exists("go") and time.monotonic() < deadline:
            time.sleep(0.05)

    if __name__ == "__main__":
        mp.set_start_method("fork")
        p = mp.Process(target=wait_go, name="waiter")
        p.start()
        print("started", flush=True)
        wait_go()
        p.join()
        print("ended", flush=True)
        sys.exit(3)

    """

    func testCtrlZInAPlainTraceGivesTheShellItsTerminalAndFgFinishesTheRun() throws {
        try suspendAndResume(step: false)
    }

    /// The step view holds raw mode (ISIG off: Ctrl-Z is a key) and the alternate screen: on Ctrl-Z it leaves both and
    /// stops mp-tutor; after `fg` it takes them again and follows the run to its end.
    func testCtrlZInTheStepViewGivesTheShellItsTerminalAndFgReturnsToTheView() throws {
        try suspendAndResume(step: true)
    }

    private func suspendAndResume(step: Bool) throws {
        let pane = try TmuxPane(name: step ? "tstps" : "tstp", width: 120, height: 40)
        defer { pane.close() }
        _ = try RunTestSupport.python()
        try Self.program.write(toFile: pane.directory + "/waiters.py", atomically: true, encoding: .utf8)
        let marker = "MPTUTOR_TSTP_TEST=" + UUID().uuidString
        try pane.keys("cd \(pane.directory) && stty -a > before.txt", "Enter")
        try pane.waitForFile("before.txt")
        try pane.keys("\(marker) \(BinaryHarness.binary) trace --width 110 --color never --timeout 60\(step ? " --step" : "") waiters.py", "Enter")
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, ProcessTable.pids(withEnvironmentEntry: marker).count < 3 { usleep(100_000) }
        XCTAssertEqual(ProcessTable.pids(withEnvironmentEntry: marker).count, 3, "the run never started")
        usleep(300_000)
        try pane.keys("C-z")
        _ = try pane.waitForScreen(timeout: 15) { $0.contains { $0.contains("Stopped") } }
        try pane.keys("stty -a > stopped.txt", "Enter")
        try pane.waitForFile("stopped.txt")
        XCTAssertEqual(try pane.contents("stopped.txt"), try pane.contents("before.txt"), "the shell got other terminal modes")
        try pane.keys("fg; echo \"status $?\" > status.txt; stty -a > after.txt", "Enter")
        usleep(500_000)
        XCTAssertTrue(FileManager.default.createFile(atPath: pane.directory + "/go", contents: Data()))
        if step {
            _ = try pane.waitForScreen(timeout: 40) { $0.contains { $0.contains("run ended") } }
            try pane.keys("q")
        }
        try pane.waitForFile("status.txt", timeout: 40)
        XCTAssertEqual(try pane.contents("status.txt"), "status 3\n")
        try pane.waitForFile("after.txt")
        XCTAssertEqual(try pane.contents("after.txt"), try pane.contents("before.txt"), "the terminal's modes changed")
        XCTAssertEqual(ProcessTable.pids(withEnvironmentEntry: marker), [], "a process of the run survived")
        let screen = try pane.capture(history: 300).joined(separator: "\n")
        if !step { // the step view's screen is gone with it; what is printed after it is the heading and summary
            XCTAssertTrue(screen.contains("print \"started\""), screen)
            XCTAssertTrue(screen.contains("print \"ended\""), screen)
        }
        XCTAssertFalse(screen.contains("mp-tutor itself received SIGTSTP"), screen)
    }
}
