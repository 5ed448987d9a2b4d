import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// Clean 34: however the terminal ends (tmux `kill-session`, `kill-server`) while `trace --step` runs, is stopped by
/// Ctrl-Z or sits stopped in the background, and when mp-tutor is SIGKILLed while its run is stopped, nothing of the
/// run is left. The program is guard 25's waiters (a main process and a child waiting for a file).
final class Clean34TerminalEndsIntegrationTests: XCTestCase {
    func testCtrlZThenKillSessionLeavesNothing() throws {
        let (pane, marker) = try startStepView("c34z")
        try pane.keys("C-z")
        try pane.waitForAllStopped(marker: marker, atLeast: 3)
        pane.close()
        Self.assertNothingLeft(marker: marker)
    }

    /// `bg` of a stopped step view: mp-tutor's raw-mode `tcsetattr` from the background stops it again (SIGTTOU). A
    /// session ended while that stop was under way left mp-tutor and its run stopped for ever (by hand: 2 of 12 at
    /// 0.8 s after `bg`): bash had sent SIGCONT to a job it thought running, the kernel saw no complete stop as bash
    /// ended. The delays are the race's, not waits for a condition.
    func testBgThenKillSessionLeavesNothing() throws {
        for delayMs in [0, 300, 600, 700, 800, 900, 1000] {
            let (pane, marker) = try startStepView("c34bg")
            try pane.keys("C-z")
            try pane.waitForAllStopped(marker: marker, atLeast: 3)
            try pane.keys("bg", "Enter")
            usleep(useconds_t(delayMs * 1000))
            pane.close()
            Self.assertNothingLeft(marker: marker, "kill-session \(delayMs) ms after bg")
        }
    }

    func testKillServerMidRunLeavesNothing() throws {
        let (pane, marker) = try startStepView("c34srv")
        _ = try pane.run(["kill-server"])
        Self.assertNothingLeft(marker: marker)
        pane.close()
    }

    /// The lifeline kills a stopped run too (SIGKILL needs no SIGCONT).
    func testSIGKILLOfMpTutorWhileItsRunIsStoppedLeavesNothing() throws {
        let (pane, marker) = try startStepView("c34kill")
        defer { pane.close() }
        try pane.keys("C-z")
        try pane.waitForAllStopped(marker: marker, atLeast: 3)
        let tutor = try XCTUnwrap(ProcessTable.pids(withEnvironmentEntry: marker).first {
            String(decoding: ProcessTable.readFile("/proc/\($0)/cmdline") ?? [], as: UTF8.self).contains("mp-tutor\u{0}trace")
        })
        XCTAssertEqual(kill(tutor, SIGKILL), 0)
        Self.assertNothingLeft(marker: marker)
    }

    /// Under `sh -c` (no job control: the group is orphaned from the start) untraced Ctrl-Z does nothing, the kernel
    /// discards it. Before: the step view stopped mp-tutor with SIGSTOP and the run with it, for ever (`Tl+`, `T`).
    func testCtrlZInAnOrphanedGroupIsIgnoredAsUntraced() throws {
        let pane = try TmuxPane(name: "c34sh", width: 120, height: 40, command: "sh -c")
        defer { pane.close() }
        let marker = "MPTUTOR_C34_SH=" + UUID().uuidString
        try RunnerSuspendIntegrationTests.program.write(toFile: pane.directory + "/waiters.py", atomically: true, encoding: .utf8)
        try pane.keys("cd \(pane.directory) && \(marker) \(BinaryHarness.binary) trace --width 110 --color never --timeout 60 --step waiters.py; echo \"status $?\" > status.txt", "Enter")
        try pane.waitForRun(marker: marker, screenShows: "● running")
        try pane.keys("C-z")
        XCTAssertTrue(FileManager.default.createFile(atPath: pane.directory + "/go", contents: Data()))
        _ = try pane.waitForScreen(timeout: 40) { $0.contains { $0.contains("run ended") } }
        try pane.keys("q")
        try pane.waitForFile("status.txt", timeout: 40)
        XCTAssertEqual(try pane.contents("status.txt"), "status 3\n")
        Self.assertNothingLeft(marker: marker)
    }
}

extension Clean34TerminalEndsIntegrationTests {
    private func startStepView(_ name: String) throws -> (TmuxPane, String) {
        _ = try RunTestSupport.python()
        let pane = try TmuxPane(name: name, width: 120, height: 40)
        try RunnerSuspendIntegrationTests.program.write(toFile: pane.directory + "/waiters.py", atomically: true, encoding: .utf8)
        let marker = "MPTUTOR_C34=" + UUID().uuidString
        try pane.keys("cd \(pane.directory) && \(marker) \(BinaryHarness.binary) trace --width 110 --color never --timeout 60 --step waiters.py", "Enter")
        try pane.waitForRun(marker: marker, screenShows: "● running")
        return (pane, marker)
    }

    /// Waits (30 s at most: the lifeline's cleanup on a loaded machine) until no process carries `marker`, then kills
    /// what is left, so that a failure here leaves nothing behind for the next test either.
    static func assertNothingLeft(marker: String, _ what: String = "", file: StaticString = #filePath, line: UInt = #line) {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, !ProcessTable.pids(withEnvironmentEntry: marker).isEmpty { usleep(100_000) }
        let left = ProcessTable.pids(withEnvironmentEntry: marker)
        XCTAssertEqual(left, [], "processes of the run left \(what): \((try? TmuxPane.states(marker: marker)) ?? [:])", file: file, line: line)
        for pid in left { kill(pid, SIGKILL) }
    }
}
