import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 32C: in the step view, the lane of a Pool worker that sleeps (an unrecorded call) until the pool is terminated
/// runs on to the worker's end, as the idle worker's lane does; the help (`?`) says what "─" and a blank mean.
final class Gaps32CStepLanesTests: XCTestCase {
    static let recording = "corpus/transcripts/g32c_slow_workers_step--fork.jsonl"

    /// The step view of the recording in tmux, at step 1; then its help.
    func screens(language: String) throws -> (lanes: [String], help: [String]) {
        let pane = try TmuxPane(name: "g32c-lanes", width: 160, height: 44)
        defer { pane.close() }
        let script = """
            export LANG=C.UTF-8
            cd '\(BinaryHarness.repoRoot)'
            '\(BinaryHarness.binary)' replay '\(Self.recording)' --step --color never --lang \(language)
            echo $? > '\(pane.directory)/status.txt'

            """
        try script.write(toFile: pane.directory + "/run.sh", atomically: true, encoding: .utf8)
        try pane.keys("bash '\(pane.directory)/run.sh'", "Enter")
        let lanes = try pane.waitForScreen(steady: true) { $0.contains { $0.contains("ForkPoolWorker-3") } }
        try pane.keys("?")
        let help = try pane.waitForScreen(steady: true) { $0.contains { $0.contains("─ a lane's") || $0.contains("─ 是泳道") } }
        try pane.keys("q")
        if help.first?.hasPrefix(" step") != true { try pane.keys("q") }
        try pane.waitForFile("status.txt")
        return (lanes, help)
    }

    func testASleepingWorkersLaneRunsOnToItsEndAsAnIdleOnesDoesAndTheHelpSaysWhatTheLineMeans() throws {
        let (lanes, help) = try screens(language: "en")
        let screen = lanes.joined(separator: "\n")
        // the last column each lane draws anything in (─, •, ·)
        func end(_ line: String) -> Int { Array(line).lastIndex { "─•·".contains($0) } ?? -1 }
        let ends = lanes.filter { $0.contains("ForkPoolWorker-") }.map(end)
        XCTAssertEqual(ends.count, 3, screen)
        let main = end(try XCTUnwrap(lanes.first { $0.contains("MainProcess") && !$0.contains("MainProcess ·") && $0.contains("─") }, screen))
        // the three workers were alive until the pool's terminate() at the run's end (two of them in a 4 s sleep): each
        // lane runs on to then, not to its last event (at 3 s of the 5.5 s run before the fix: column 97 of 158)
        // (the main process's lane goes on a little longer: its pool.join() and exit; 0.4 s is 9 columns here)
        for worker in ends { XCTAssertGreaterThanOrEqual(worker, main - 15, "\(ends) vs \(main)\n\(screen)") }
        let text = help.joined(separator: " ")
        XCTAssertTrue(text.contains("─ a lane's recorded life"), text)
        XCTAssertTrue(text.contains("time.sleep"), text)
        let zh = try screens(language: "zh").help.joined(separator: " ")
        XCTAssertTrue(zh.contains("─ 是泳道有记录的存活时段"), zh)
    }
}
