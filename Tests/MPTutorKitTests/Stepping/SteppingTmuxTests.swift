import Foundation
import XCTest
@testable import MPTutorKit

/// The interactive view in a real terminal: tmux runs `mp-tutor replay pool-async --step` in a shell in a
/// detached 100x30 pane; keys are sent and the screen captured. Each test uses its own tmux server socket
/// and session, killed in teardown.
final class SteppingTmuxTests: XCTestCase {
    private var tmux = ""
    private var socket = ""
    private var session = ""
    private var directory = ""

    override func setUpWithError() throws {
        guard let found = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first(where: FileManager.default.isExecutableFile)
        else { throw XCTSkip("tmux is not installed (apt-get install -y tmux)") }
        tmux = found
        let id = UUID().uuidString.prefix(8)
        socket = "mp-tutor-stepping-\(id)"
        session = "stepping-\(id)"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("mp-tutor-stepping-\(id)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: BinaryHarness.binary), "build mp-tutor first")
        try run(["new-session", "-d", "-s", session, "-x", "100", "-y", "30", "env -i PATH=/usr/bin:/bin TERM=xterm-256color bash --norc --noprofile"])
    }

    override func tearDown() {
        _ = try? run(["kill-session", "-t", session])
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(atPath: directory)
    }

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
        try run(["resize-window", "-t", session, "-x", "80", "-y", "24"])
        let small = try waitForScreen { $0.count == 24 && $0.first?.hasPrefix(" step 12/\(events) ") == true && $0.last?.contains("q quit") == true }
        XCTAssertTrue(small.allSatisfy { $0.displayWidth <= 80 })
        // Back to the size the shell had, so that `stty -a` (which shows rows and columns) can match.
        try run(["resize-window", "-t", session, "-x", "100", "-y", "30"])
        _ = try waitForScreen { $0.count == 30 && $0.last?.contains("q quit") == true }

        try keys("q")
        try waitForFile("after.txt")
        XCTAssertEqual(try contents("status.txt"), "0\n")
        XCTAssertEqual(try contents("after.txt"), try contents("before.txt"), "the terminal settings are restored")
        let shell = try capture(history: 200)
        XCTAssertFalse(shell.contains { $0.hasPrefix(" step ") }, "the alternate screen is gone")
        XCTAssertTrue(shell.contains { $0.contains("pool: 3 workers ran 10 of 10 tasks") }, "the summary is printed after quitting")
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
        XCTAssertEqual(try contents("status.txt"), "130\n")
        XCTAssertEqual(try contents("after.txt"), try contents("before.txt"))
        XCTAssertFalse(try capture().contains { $0.hasPrefix(" step ") }, "the alternate screen is gone")
    }
}

private extension SteppingTmuxTests {
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

    func keys(_ keys: String...) throws {
        try run(["send-keys", "-t", session] + keys)
    }

    /// The pane's lines, trailing spaces removed by tmux.
    func capture(history: Int = 0) throws -> [String] {
        let text = try run(["capture-pane", "-p", "-t", session] + (history > 0 ? ["-S", "-\(history)"] : []))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Captures until `ready` holds and two captures in a row agree (the frame is complete).
    func waitForScreen(_ ready: ([String]) -> Bool, timeout: Double = 15) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var previous: [String] = []
        var current: [String] = []
        while Date() < deadline {
            current = try capture()
            if ready(current), current == previous { return current }
            previous = current
            usleep(60_000)
        }
        XCTFail("the screen never got ready:\n" + current.joined(separator: "\n"))
        return current
    }

    func waitForFile(_ name: String, timeout: Double = 15) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? contents(name), text.hasSuffix("\n") { return }
            usleep(60_000)
        }
        XCTFail("\(name) never appeared; the screen:\n" + ((try? capture()) ?? []).joined(separator: "\n"))
    }

    func contents(_ name: String) throws -> String {
        try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
    }

    /// Runs tmux on this test's own server, output to a file. Spawned and reaped by hand: the tmux server
    /// outlives its client (and may be re-parented to this process, a subreaper after the runner tests),
    /// which makes Foundation.Process's wait unreliable.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let output = directory + "/tmux-output-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: output) }
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        #else
        var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([tmux, "-L", socket, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, tmux, &actions, nil, argv, environ) == 0 else { throw XCTSkip("cannot start tmux") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        if status != 0, arguments.first != "kill-session", arguments.first != "kill-server" {
            XCTFail("tmux \(arguments.joined(separator: " ")) failed: \(text)")
        }
        return text
    }
}
