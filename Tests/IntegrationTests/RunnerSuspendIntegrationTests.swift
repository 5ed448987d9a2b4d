import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// Guard 25: Ctrl-Z in the learner's terminal during `mp-tutor trace` gives the shell its terminal back with its modes
/// as they were, and `fg` lets the run finish with its output and status, nothing of it left. Fix 25: the run's
/// processes (a process group of their own, out of the terminal's reach) are stopped with mp-tutor, as Ctrl-Z stops
/// the program untraced, and continued after `fg`; the time stopped is not counted by the watchdog.
final class RunnerSuspendIntegrationTests: XCTestCase {
    /// The watchdog of the test's runs, and how long they stay stopped: longer, so a watchdog that counted the time
    /// stopped would end the run as a hang at `fg` (status 124-ish, not the program's 3).
    static let timeoutSeconds = 12
    static let stoppedSeconds: UInt32 = 13

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
        try pane.keys("\(marker) \(BinaryHarness.binary) trace --width 110 --color never --timeout \(Self.timeoutSeconds)\(step ? " --step" : "") waiters.py", "Enter")
        // the step view is up (raw mode: Ctrl-Z is its key); the plain trace catches the terminal's SIGTSTP from its start
        try pane.waitForRun(marker: marker, screenShows: step ? "● running" : nil)
        try pane.keys("C-z")
        _ = try pane.waitForScreen(timeout: 15) { $0.contains { $0.contains("Stopped") } }
        try pane.keys("stty -a > stopped.txt", "Enter")
        try pane.waitForFile("stopped.txt")
        XCTAssertEqual(try pane.contents("stopped.txt"), try pane.contents("before.txt"), "the shell got other terminal modes")
        let stopped = ProcessTable.pids(withEnvironmentEntry: marker)
        XCTAssertGreaterThanOrEqual(stopped.count, 3, "mp-tutor, the main process and its child")
        sleep(Self.stoppedSeconds)
        let states = try Self.states(of: stopped)
        XCTAssertEqual(states.count, stopped.count, "a process of the run ended while stopped: \(states)")
        for (pid, state) in states { XCTAssertTrue(state.hasPrefix("T"), "pid \(pid) is \(state) while mp-tutor is stopped: \(states)") }
        try pane.keys("fg; echo \"status $?\" > status.txt; stty -a > after.txt", "Enter")
        try pane.waitForNoneStopped(marker: marker)
        XCTAssertTrue(FileManager.default.createFile(atPath: pane.directory + "/go", contents: Data()))
        if step {
            _ = try pane.waitForScreen(timeout: 40) { $0.contains { $0.contains("run ended") } }
            try pane.keys("q")
        }
        try pane.assertRunEnded(status: 3, marker: marker)
        let screen = try pane.capture(history: 300).joined(separator: "\n")
        if !step { // the step view's screen is gone with it; what is printed after it is the heading and summary
            XCTAssertTrue(screen.contains("print \"started\""), screen)
            XCTAssertTrue(screen.contains("print \"ended\""), screen)
        }
        XCTAssertFalse(screen.contains("mp-tutor itself received SIGTSTP"), screen)
        XCTAssertFalse(screen.contains("the watchdog stopped") || screen.contains("stopped by the watchdog"), screen)
    }

    /// `ps -o pid=,stat=` of the processes still there: pid -> state (T: stopped).
    private static func states(of pids: [Int32]) throws -> [Int32: String] {
        let ps = Process()
        ps.executableURL = URL(fileURLWithPath: "/bin/ps")
        ps.arguments = ["-o", "pid=,stat=", "-p", pids.map(String.init).joined(separator: ",")]
        let out = Pipe()
        ps.standardOutput = out
        try ps.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        ps.waitUntilExit()
        var states: [Int32: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ")
            if fields.count == 2, let pid = Int32(fields[0]) { states[pid] = String(fields[1]) }
        }
        return states
    }
}
