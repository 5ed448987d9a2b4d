import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// `mp-tutor present` in a real terminal (tmux): page forward and back, answer the questions, watch the
/// run stop at a note, change the speed, pause, see the answers revealed from the run, and quit with the
/// terminal as it was; Ctrl-C, q and SIGTERM in the middle of a live run leave no process behind.
final class PresentTmuxTests: XCTestCase {
    private var pane: TmuxPane!
    private let marker = "MPTUTOR_TEST_RUN=present-\(UUID().uuidString)"

    override func setUpWithError() throws {
        pane = try TmuxPane(name: "present", width: 100, height: 30)
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: BinaryHarness.binary), "build mp-tutor first")
    }

    override func tearDown() { pane?.close() }

    func testAFullReplayedSessionFromTheTextToTheFinalScreen() throws {
        try start(["present", "pool-async", "--replay", "--speed", "64"])
        let first = try screen { $0.first?.contains("page 1/") == true }
        XCTAssertTrue(first.contains { $0.contains("Pool.apply_async: many tasks, a few workers") })
        XCTAssertTrue(first.last?.contains("q quit") == true, "the key map is on the footer:\n" + first.joined(separator: "\n"))
        try pane.keys("Right")
        _ = try screen { $0.first?.contains("page 2/") == true }
        try pane.keys("b")
        XCTAssertEqual(try screen { $0.first?.contains("page 1/") == true }, first, "back shows the same page again")

        var question = try capture()
        for _ in 0..<12 where !question.contains(where: { $0.contains("Question 1") }) {
            try pane.keys("Space")
            question = try screen { $0 != question }
        }
        XCTAssertTrue(question.contains { $0.contains("How many tasks run at the same moment, at most?") })
        XCTAssertFalse(question.contains { $0.contains("this run showed") }, "no answer before the run")
        try pane.keys("3")
        _ = try screen { $0.contains { $0.contains("[3]  3") && $0.contains("◀") } }
        try pane.keys("Space")
        _ = try screen { $0.contains { $0.contains("In which process does the callback run?") } }
        try pane.keys("2", "Space")
        _ = try screen { $0.contains { $0.contains("How many different worker processes") } }
        try pane.keys("3", "Enter")

        let note = try screen { $0.contains { $0.contains("stopped at a note") } }
        XCTAssertTrue(note.first?.hasPrefix(" step ") == true, "the run is the step view's screen:\n" + note.joined(separator: "\n"))
        XCTAssertTrue(note.contains { $0.contains("①") }, "it stopped at note ①")
        try pane.keys("+")
        _ = try screen { $0.contains { $0.contains("speed 128/s") } }
        try pane.keys("-", "-")
        _ = try screen { $0.contains { $0.contains("speed 32/s") } }
        try pane.keys("Space")
        _ = try screen { $0.contains { $0.contains("stopped at a note") } && !$0.contains { $0.contains("①") && $0.hasPrefix("   ") } }
        let stopped = try capture()
        try pane.keys("Left")
        let back = try screen { $0.first != stopped.first }
        XCTAssertTrue(back.contains { $0.contains("paused") })
        try pane.keys("p")
        _ = try screen { $0.contains { $0.contains("playing") || $0.contains("stopped at a note") } }
        try pane.keys("G")
        _ = try screen { $0.contains { $0.contains("the run is over") } }
        try pane.keys("Space")

        let answer1 = try screen { $0.first?.contains("Answer 1/3") == true }
        XCTAssertTrue(answer1.contains { $0.contains("this run showed: 3") })
        XCTAssertTrue(answer1.contains { $0.contains("your answer: 3") && $0.contains("right") })
        try pane.keys("Space")
        let answer2 = try screen { $0.first?.contains("Answer 2/3") == true }
        XCTAssertTrue(answer2.contains { $0.contains("this run showed: MainProcess") })
        XCTAssertTrue(answer2.contains { $0.contains("your answer: ForkPoolWorker-1") && $0.contains("not this time") })
        try pane.keys("Space", "Space")
        let final = try screen { $0.first?.contains("what this run proved") == true }
        XCTAssertTrue(final.contains { $0.contains("score: 2 / 3") }, final.joined(separator: "\n"))
        XCTAssertTrue(final.contains { $0.contains("summary") })

        try pane.keys("q")
        try pane.waitForFile("after.txt")
        XCTAssertEqual(try pane.contents("status.txt"), "0\n")
        XCTAssertEqual(try pane.contents("after.txt"), try pane.contents("before.txt"), "the terminal settings are restored")
        XCTAssertFalse(try capture().contains { $0.contains("q quit") }, "the alternate screen is gone")
    }

    func testCtrlCInTheMiddleOfALiveRunStopsItAndExits130() throws {
        try startLiveAndReachTheRun()
        try pane.keys("C-c")
        try pane.waitForFile("after.txt")
        XCTAssertEqual(try pane.contents("status.txt"), "130\n")
        XCTAssertEqual(try pane.contents("after.txt"), try pane.contents("before.txt"))
        XCTAssertEqual(ProcessTable.pids(withEnvironmentEntry: marker), [], "no process of the run is left")
    }

    func testQInTheMiddleOfALiveRunStopsItAndQuits() throws {
        try startLiveAndReachTheRun()
        try pane.keys("q")
        try pane.waitForFile("after.txt")
        XCTAssertEqual(try pane.contents("status.txt"), "0\n")
        XCTAssertEqual(try pane.contents("after.txt"), try pane.contents("before.txt"))
        XCTAssertEqual(ProcessTable.pids(withEnvironmentEntry: marker), [])
    }

    func testSIGTERMInTheMiddleOfALiveRunRestoresTheTerminalAndLeavesNothing() throws {
        try startLiveAndReachTheRun()
        let pid = try XCTUnwrap(Int32(try pane.contents("pid.txt").trimmingCharacters(in: .whitespacesAndNewlines)))
        XCTAssertEqual(kill(pid, SIGTERM), 0)
        try pane.waitForFile("after.txt")
        XCTAssertEqual(try pane.contents("status.txt"), "143\n", "128+N for SIGTERM, as help says and trace does")
        XCTAssertEqual(try pane.contents("after.txt"), try pane.contents("before.txt"))
        XCTAssertFalse(try capture().contains { $0.contains("q quit") }, "the alternate screen is gone")
        XCTAssertEqual(ProcessTable.pids(withEnvironmentEntry: marker), [])
    }
}

private extension PresentTmuxTests {
    func capture() throws -> [String] { try pane.capture() }

    func screen(file: StaticString = #filePath, line: UInt = #line, _ ready: ([String]) -> Bool) throws -> [String] {
        try pane.waitForScreen(steady: true, timeout: 20, file: file, line: line, ready)
    }

    /// A live `present pool-async` with long tasks, paged through to the run, which is then going on.
    func startLiveAndReachTheRun() throws {
        try start(["present", "pool-async", "--set", "seconds=2", "--python", try RunTestSupport.python()])
        var current = try screen { $0.first?.contains("page 1/") == true }
        for _ in 0..<20 where !current.contains(where: { $0.contains("● running") }) {
            try pane.keys("Space")
            current = try pane.waitForScreen(timeout: 20) { $0 != current }
        }
        _ = try pane.waitForScreen(timeout: 20) { $0.contains { $0.contains("● running") } && $0.first?.hasPrefix(" step ") == true }
        XCTAssertFalse(ProcessTable.pids(withEnvironmentEntry: marker).isEmpty, "the run is going on")
    }

    /// Runs mp-tutor from the repository in the pane's shell, between two `stty -a`, with the test's marker
    /// in the environment of every process (a script: see SteppingLiveTmuxTests.start).
    func start(_ arguments: [String]) throws {
        let dir = pane.directory
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        let script = """
            export \(marker)
            cd '\(BinaryHarness.repoRoot)'
            stty -a > '\(dir)/before.txt'
            sh -c 'echo $$ > "\(dir)/pid.txt"; exec "$@"' sh '\(BinaryHarness.binary)' \(quoted)
            echo $? > '\(dir)/status.txt'
            stty -a > '\(dir)/after.txt'

            """
        try script.write(toFile: dir + "/run.sh", atomically: true, encoding: .utf8)
        try pane.keys("bash '\(dir)/run.sh'", "Enter")
    }
}
