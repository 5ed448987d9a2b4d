import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The step view over a run with Chinese lanes and prints, in a real 80x24 terminal: what tmux draws
/// (it measures CJK as two columns, ambiguous symbols as one) is line for line what the view computed,
/// so no line wrapped or shifted, and the lane bars end in one column.
final class SteppingChineseTmuxTests: XCTestCase {
    private var pane: TmuxPane!

    override func setUpWithError() throws {
        pane = try TmuxPane(name: "zh-step", width: 80, height: 24)
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: BinaryHarness.binary), "build mp-tutor first")
    }

    override func tearDown() { pane?.close() }

    func testChineseRunIsDrawnExactlyAsComputed() throws {
        let fixture = BinaryHarness.repoRoot + "/Tests/Fixtures/zh-baozi.jsonl"
        let script = """
            export LANG=C.UTF-8
            cd '\(BinaryHarness.repoRoot)'
            '\(BinaryHarness.binary)' replay '\(fixture)' --step
            echo $? > '\(pane.directory)/status.txt'

            """
        try script.write(toFile: pane.directory + "/run.sh", atomically: true, encoding: .utf8)
        try pane.keys("bash '\(pane.directory)/run.sh'", "Enter")
        _ = try pane.waitForScreen { $0.first?.hasPrefix(" step 1/") == true }

        let timeline = TimelineBuilder.build(try TranscriptReader.read(path: fixture))
        let capabilities = TerminalCapabilities(color: false, unicode: true, width: 80, isInteractive: true)
        let model = StepModel(timeline: timeline, notes: Annotator(timeline: timeline).notes(), capabilities: capabilities)
        let print = try XCTUnwrap(timeline.events.firstIndex { ($0.text ?? "").contains("①") })
        for step in [9, print] {
            try pane.keys(String(step + 1), "Enter")
            let drawn = try pane.waitForScreen(steady: true) { $0.first?.hasPrefix(" step \(step + 1)/") == true }
            let computed = StepScreen(model: model, session: StepSession(step: step), size: TerminalSize(width: 80, height: 24)).lines()
            XCTAssertEqual(drawn.map(\.trimmingTrailingSpaces), computed.map(\.trimmingTrailingSpaces), "step \(step + 1)")
            XCTAssertTrue(drawn.contains { $0.contains("生产者-1") && $0.contains("消费者·甲") == false }, drawn.joined(separator: "\n"))
        }
        try pane.keys("q")
        try pane.waitForFile("status.txt")
        XCTAssertEqual(try pane.contents("status.txt"), "0\n")
    }
}
