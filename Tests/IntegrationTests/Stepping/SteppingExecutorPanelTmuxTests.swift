import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// `replay --step` on futures_thread_pool's fork recording in a real terminal (gaps 29A): at the as_completed() wait the
/// state panel has the ThreadPoolExecutor's two rows, its worker threads and the items each runs; at the with block's
/// end it says shutdown() was called.
final class SteppingExecutorPanelTmuxTests: XCTestCase {
    private var pane: TmuxPane!

    override func setUpWithError() throws {
        pane = try TmuxPane(name: "executorpanel", width: 200, height: 50)
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: BinaryHarness.binary), "build mp-tutor first")
    }

    override func tearDown() { pane?.close() }

    func testTheStepViewShowsAnExecutorsRows() throws {
        let path = BinaryHarness.repoRoot + "/corpus/transcripts/futures_thread_pool--fork.jsonl"
        let timeline = TimelineBuilder.build(try TranscriptReader.read(path: path))
        let events = timeline.events.count
        let wait = try XCTUnwrap(timeline.indices(of: .executorWait).first) + 1
        let shutdown = try XCTUnwrap(timeline.indices(of: .executorShutdown).first) + 1
        try "cd '\(BinaryHarness.repoRoot)'\n'\(BinaryHarness.binary)' replay --step '\(path)'\n"
            .write(toFile: pane.directory + "/run.sh", atomically: true, encoding: .utf8)
        try pane.keys("bash '\(pane.directory)/run.sh'", "Enter")
        _ = try pane.waitForScreen(timeout: 60) { $0.first?.hasPrefix(" step 1/\(events) ") == true }
        try pane.keys(String(wait), "Enter")
        // the dot between a row's parts has a no-break space before it
        let atWait = try pane.waitForScreen(steady: true, timeout: 30) {
            // the panel is drawn once the step's state is ready (the checkpoints are made on a thread of their own)
            $0.first?.hasPrefix(" step \(wait)/\(events) ") == true && $0.contains { $0.contains(" state after step \(wait) ") }
                && $0.contains { $0.hasPrefix(" processes ") }
        }
            .map { $0.replacing("\u{00A0}", with: " ") }
        let screen = atWait.joined(separator: "\n")
        XCTAssertTrue(atWait.contains { $0.hasPrefix(" executor   ThreadPoolExecutor#1 (ThreadPoolExecutor, max_workers=3): workers started: 3, alive: 3") }, screen)
        XCTAssertTrue(atWait.contains { $0.hasPrefix(" work items submitted: 4 · not started yet: 1 (3) · running: 0 in ThreadPoolExecutor-0_0, 1 in") }, screen)
        try pane.keys(String(shutdown), "Enter")
        let atEnd = try pane.waitForScreen(steady: true, timeout: 30) {
            $0.first?.hasPrefix(" step \(shutdown)/\(events) ") == true && $0.contains { $0.contains(" state after step \(shutdown) ") }
                && $0.contains { $0.hasPrefix(" processes ") }
        }
            .map { $0.replacing("\u{00A0}", with: " ") }
        XCTAssertTrue(atEnd.contains { $0.contains("workers started: 3, alive: 0 · shut down") }, atEnd.joined(separator: "\n"))
        XCTAssertTrue(atEnd.contains { $0.hasPrefix(" work items submitted: 4 · none waiting to start · returned: 3, raised: 1, cancelled: 0") },
                      atEnd.joined(separator: "\n"))
        try pane.keys("q")
    }
}
