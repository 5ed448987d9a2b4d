import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// `lesson` and `replay` through a pager in a real terminal (tmux): quitting the pager during a live run
/// stops the run and leaves nothing behind; Ctrl-C still ends with 130; a pipe gets no pager.
final class PagerTmuxTests: XCTestCase {
    private var pane: TmuxPane!
    private let marker = "MPTUTOR_TEST_RUN=pager-\(UUID().uuidString)"

    override func setUpWithError() throws {
        pane = try TmuxPane(name: "pager", width: 100, height: 30)
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/less") else { throw XCTSkip("less is not installed") }
    }

    override func tearDown() { pane?.close() }

    func testQuittingThePagerDuringALiveRunStopsTheRunCleanly() throws {
        try start(["lesson", "pool-async", "--set", "seconds=2", "--python", try RunTestSupport.python()])
        let paged = try pane.waitForScreen(timeout: 20) { $0.last == ":" && !pythons().isEmpty }
        XCTAssertTrue(paged.contains { $0.contains("Pool.apply_async") }, "the lesson text is in the pager:\n" + paged.joined(separator: "\n"))
        try pane.keys("q")
        try pane.waitForFile("after.txt")
        XCTAssertEqual(try pane.contents("status.txt"), "0\n")
        XCTAssertEqual(try pane.contents("after.txt"), try pane.contents("before.txt"), "the terminal settings are restored")
        XCTAssertEqual(ProcessTable.pids(withEnvironmentEntry: marker), [], "no process of the run is left")
    }

    func testCtrlCUnderThePagerStillEndsWith130AndNothingLeft() throws {
        try start(["lesson", "pool-async", "--set", "seconds=2", "--python", try RunTestSupport.python()])
        _ = try pane.waitForScreen(timeout: 20) { $0.last == ":" && !pythons().isEmpty }
        try pane.keys("C-c")
        // The pager keeps what was printed; the run is gone before the learner leaves it.
        let deadline = Date().addingTimeInterval(15)
        while !pythons().isEmpty, Date() < deadline { usleep(100_000) }
        XCTAssertEqual(pythons(), [], "Ctrl-C stopped the run while the pager stays open")
        // To the end of what mp-tutor printed about the stopped run: less shows (END) once mp-tutor is done.
        try pane.keys("G")
        _ = try pane.waitForScreen(timeout: 20) { $0.last?.contains("(END)") == true }
        try pane.keys("q")
        try pane.waitForFile("after.txt")
        XCTAssertEqual(try pane.contents("status.txt"), "130\n")
        XCTAssertEqual(try pane.contents("after.txt"), try pane.contents("before.txt"))
        XCTAssertEqual(ProcessTable.pids(withEnvironmentEntry: marker), [])
    }

    func testAReplayOnATerminalIsPagedAndAPipeIsNot() throws {
        try start(["replay", "pool-async"])
        let paged = try pane.waitForScreen { $0.last == ":" }
        XCTAssertTrue(paged.contains { $0.contains("replay of") })
        try pane.keys("q")
        try pane.waitForFile("after.txt")
        XCTAssertEqual(try pane.contents("status.txt"), "0\n")

        let piped = try BinaryHarness.run(["replay", "pool-async"], environment: ["MP_TUTOR_PAGER": "false"])
        XCTAssertTrue(piped.stdout.contains("what this run proves"), "a pipe gets the whole output, without a pager")
    }
}

private extension PagerTmuxTests {
    func mpTutorPid() throws -> Int32 {
        try XCTUnwrap(Int32(try pane.contents("pid.txt").trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// The run's python processes (mp-tutor and the pager carry the marker too).
    func pythons() -> [Int32] {
        ProcessTable.pids(withEnvironmentEntry: marker).filter {
            ((try? String(contentsOfFile: "/proc/\($0)/comm", encoding: .utf8)) ?? "").hasPrefix("python")
        }
    }

    /// mp-tutor in the pane's shell from the repository, with `less -R` as the pager (a script: see
    /// SteppingLiveTmuxTests.start), between two `stty -a`.
    func start(_ arguments: [String]) throws {
        let dir = pane.directory
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        let script = """
            # Ctrl-C reaches the whole foreground group under a pager (it does not use raw mode): the script
            # must outlive mp-tutor's death by SIGINT to write its status. A trap, unlike an ignored signal,
            # is not inherited by mp-tutor.
            trap 'true' INT
            export \(marker)
            export MP_TUTOR_PAGER='less -R'
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
