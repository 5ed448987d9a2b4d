import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorCommands
@testable import TutorTestSupport

/// The interactive view in a real terminal: tmux runs `mp-tutor replay pool-async --step` in a shell in a
/// detached 100x30 pane; keys are sent and the screen captured. Each test uses its own tmux server socket
/// and session, killed in teardown.
final class SteppingTmuxTests: XCTestCase {
    private var pane: TmuxPane!

    override func setUpWithError() throws {
        pane = try TmuxPane(name: "stepping")
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: BinaryHarness.binary), "build mp-tutor first")
    }

    override func tearDown() { pane?.close() }

    func testStepForwardBackToTheSameScreenLastStepAndQuitRestoresTheTerminal() throws {
        let events = try TranscriptReader.read(path: BinaryHarness.repoRoot + "/transcripts/pool-async.jsonl").events.count
        try startStepper()
        let first = try waitForScreen { $0.first?.hasPrefix(" step 1/\(events) ") == true }
        XCTAssertEqual(first.count, 30)
        XCTAssertTrue(first.last?.contains("q quit") == true, first.joined(separator: "\n"))
        XCTAssertTrue(first.contains { $0.hasPrefix("▶ MainProcess") }, "the current lane is marked")

        try keys("n")
        let second = try waitForScreen { $0.first?.hasPrefix(" step 2/\(events) ") == true }
        XCTAssertNotEqual(second, first)
        try keys("b")
        let again = try waitForScreen { $0.first?.hasPrefix(" step 1/\(events) ") == true }
        XCTAssertEqual(again, first, "stepping back shows exactly the screen shown going forward")

        try keys("Right", "Right", "Left")
        _ = try waitForScreen { $0.first?.hasPrefix(" step 2/\(events) ") == true }
        try keys("G")
        _ = try waitForScreen { $0.first?.hasPrefix(" step \(events)/\(events) ") == true }
        try keys("1", "2", "Enter")
        _ = try waitForScreen { $0.first?.hasPrefix(" step 12/\(events) ") == true }

        // A smaller terminal: the view lays itself out again on SIGWINCH.
        try run(["resize-window", "-t", pane.session, "-x", "80", "-y", "24"])
        let small = try waitForScreen { $0.count == 24 && $0.first?.hasPrefix(" step 12/\(events) ") == true && $0.last?.contains("q quit") == true }
        XCTAssertTrue(small.allSatisfy { $0.displayWidth <= 80 })
        // Back to the size the shell had, so that `stty -a` (which shows rows and columns) can match.
        try run(["resize-window", "-t", pane.session, "-x", "100", "-y", "30"])
        _ = try waitForScreen { $0.count == 30 && $0.last?.contains("q quit") == true }

        try keys("q")
        try waitForFile("after.txt")
        XCTAssertEqual(try contents("status.txt"), "0\n")
        XCTAssertEqual(try contents("after.txt"), try contents("before.txt"), "the terminal settings are restored")
        let shell = try capture(history: 200)
        XCTAssertFalse(shell.contains { $0.hasPrefix(" step ") }, "the alternate screen is gone")
        XCTAssertTrue(shell.contains { $0.contains("Pool#1 (3 workers): 10 apply_async() calls · 10 of 10 tasks ran") }, "the summary is printed after quitting")
    }

    func testCtrlCQuitsRestoresTheTerminalAndExitsInterrupted() throws {
        try startStepper()
        _ = try waitForScreen { $0.first?.hasPrefix(" step 1/") == true }
        try keys("n", "n")
        _ = try waitForScreen { $0.first?.hasPrefix(" step 3/") == true }
        try keys("C-c")
        try waitForFile("after.txt")
        XCTAssertEqual(try contents("status.txt"), "130\n")
        XCTAssertEqual(try contents("after.txt"), try contents("before.txt"))
    }

    func testSIGTERMRestoresTheTerminalToo() throws {
        try startStepper()
        _ = try waitForScreen { $0.first?.hasPrefix(" step 1/") == true }
        let pid = try XCTUnwrap(Int32(try contents("pid.txt").trimmingCharacters(in: .whitespacesAndNewlines)))
        XCTAssertEqual(kill(pid, SIGTERM), 0)
        try waitForFile("after.txt")
        XCTAssertEqual(try contents("status.txt"), "143\n", "128+N for SIGTERM, as help says and trace does")
        XCTAssertEqual(try contents("after.txt"), try contents("before.txt"))
        XCTAssertFalse(try capture().contains { $0.hasPrefix(" step ") }, "the alternate screen is gone")
    }
}

private extension SteppingTmuxTests {
    var directory: String { pane.directory }

    /// Runs mp-tutor from a script in the pane's shell, between two `stty -a`. A script, because an
    /// interactive shell abandons the rest of a command line when a command dies of SIGINT (as mp-tutor
    /// does after Ctrl-C, on purpose).
    func startStepper() throws {
        let script = """
            cd '\(BinaryHarness.repoRoot)'
            stty -a > '\(directory)/before.txt'
            sh -c 'echo $$ > "$0/pid.txt"; exec "$1" replay pool-async --step' '\(directory)' '\(BinaryHarness.binary)'
            echo $? > '\(directory)/status.txt'
            stty -a > '\(directory)/after.txt'

            """
        try script.write(toFile: directory + "/run.sh", atomically: true, encoding: .utf8)
        try keys("bash '\(directory)/run.sh'", "Enter")
    }

    func keys(_ keys: String...) throws { try pane.run(["send-keys", "-t", pane.session] + keys) }
    func capture(history: Int = 0) throws -> [String] { try pane.capture(history: history) }
    func run(_ arguments: [String]) throws { try pane.run(arguments) }
    func contents(_ name: String) throws -> String { try pane.contents(name) }
    func waitForFile(_ name: String) throws { try pane.waitForFile(name, timeout: 15) }

    /// A replay's screen does not change by itself: wait for a complete, steady frame.
    func waitForScreen(_ ready: ([String]) -> Bool) throws -> [String] {
        try pane.waitForScreen(steady: true, ready)
    }
}
