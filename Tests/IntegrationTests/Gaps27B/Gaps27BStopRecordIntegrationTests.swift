import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorCapture
@testable import TutorTestSupport

/// Gaps 27B (issue 11, "if events were lost, say so"): a run stopped by Ctrl-Z had its stopped time nowhere in the record;
/// its timeline showed a gap that no row explained. mp-tutor's supervisor now writes `run.stopped` / `run.continued`, the
/// timeline has one row at the stop, and the state panel says "stopped" for the run's processes in between.
final class Gaps27BStopRecordIntegrationTests: XCTestCase {
    /// `trace`, Ctrl-Z, 2 s, `fg`: the screen's row, the recorded transcript's two events and its replay's row (en, zh),
    /// and the state after the stop (every live process "stopped by Ctrl-Z (SIGTSTP) since …") and after the continue.
    func testCtrlZInATraceIsOneRowOnScreenAndInTheRecordAndThePanelSaysStopped() throws {
        let pane = try TmuxPane(name: "g27bstop", width: 200, height: 50)
        defer { pane.close() }
        _ = try RunTestSupport.python()
        let dir = pane.directory
        try RunnerSuspendIntegrationTests.program.write(toFile: dir + "/waiters.py", atomically: true, encoding: .utf8)
        let marker = "MPTUTOR_G27B_STOP=" + UUID().uuidString
        try pane.keys("cd '\(dir)'", "Enter")
        try pane.keys("\(marker) \(BinaryHarness.binary) trace --width 190 --color never --no-pager --timeout 60 --record run.jsonl waiters.py",
                      "Enter")
        try pane.waitForRun(marker: marker)
        try pane.keys("C-z")
        _ = try pane.waitForScreen(timeout: 15) { $0.contains { $0.contains("Stopped") } }
        sleep(2)
        try pane.keys("fg; echo \"status $?\" > status.txt", "Enter")
        try pane.waitForNoneStopped(marker: marker)
        XCTAssertTrue(FileManager.default.createFile(atPath: dir + "/go", contents: Data()))
        try pane.waitForFile("status.txt", timeout: 40)
        XCTAssertEqual(try pane.contents("status.txt"), "status 3\n")
        let screen = try pane.capture(history: 200)
        // timeline rows only (they start with their time): the summary's waiting part, shown when a wait took 10 ms or
        // more (the main process's join, when it saw `go` before its child did), says "the run was stopped by …" too
        let rows = screen.filter { $0.first?.isNumber == true && $0.contains("stopped by Ctrl-Z (SIGTSTP) for ") }
        XCTAssertEqual(rows.count, 1, "the screen's rows: \(screen.joined(separator: "\n"))")

        // the record: one stop and one continue, by mp-tutor, on the main process, 2 s or more apart
        let transcript = try TranscriptReader.read(path: dir + "/run.jsonl")
        let stops = transcript.events.filter { $0.is(.runStopped) }, continues = transcript.events.filter { $0.is(.runContinued) }
        XCTAssertEqual(stops.count, 1)
        XCTAssertEqual(continues.count, 1)
        let stop = try XCTUnwrap(stops.first), resume = try XCTUnwrap(continues.first)
        XCTAssertEqual(stop.string(EventField.signame), "SIGTSTP")
        let stoppedNs = try XCTUnwrap(stop.int(EventField.durationNs))
        XCTAssertGreaterThanOrEqual(stoppedNs, 2_000_000_000)
        XCTAssertEqual(resume.int(EventField.durationNs), stoppedNs)
        XCTAssertEqual(resume.t - stop.t, stoppedNs)
        XCTAssertEqual(stop.process, "MainProcess")

        // replayed: the same one row, in English and Chinese
        for (language, words) in [("en", "stopped by Ctrl-Z (SIGTSTP) for " + Format.duration(ns: stoppedNs)),
                                  ("zh", "被 Ctrl-Z（SIGTSTP）暂停了 " + Language.with(.zh) { Format.duration(ns: stoppedNs) })] {
            let replay = try BinaryHarness.run(["replay", dir + "/run.jsonl", "--width", "200", "--no-pager", "--lang", language])
            XCTAssertEqual(replay.stdout.components(separatedBy: "\n").filter { $0.first?.isNumber == true && $0.contains(words) }.count, 1,
                           "\(language): \(replay.stdout)")
        }

        // the state model the panel shows: stopped between the two events, not after
        let timeline = TimelineBuilder.build(transcript)
        let replayer = StateReplayer(timeline: timeline)
        let stopIndex = try XCTUnwrap(timeline.events.firstIndex { $0.is(.runStopped) })
        let resumeIndex = try XCTUnwrap(timeline.events.firstIndex { $0.is(.runContinued) })
        let during = Language.with(.en) { replayer.state(after: stopIndex).processes.filter(\.isAlive).map(\.activity) }
        XCTAssertEqual(during.count, 2, "\(during)")
        for activity in during {
            XCTAssertTrue(activity.hasPrefix("stopped by Ctrl-Z (SIGTSTP) since " + Format.seconds(stop.t) + " (before: "), activity)
        }
        let zh = Language.with(.zh) { replayer.state(after: stopIndex).processes.filter(\.isAlive).map(\.activity) }
        XCTAssertTrue(zh.allSatisfy { $0.contains("起被 Ctrl-Z（SIGTSTP）暂停（暂停前：") }, "\(zh)")
        let after = Language.with(.en) { replayer.state(after: resumeIndex).processes.map(\.activity) }
        XCTAssertFalse(after.contains { $0.contains("stopped by") }, "\(after)")
        XCTAssertEqual(ProcessTable.pids(withEnvironmentEntry: marker), [], "a process of the run survived")
    }
}
