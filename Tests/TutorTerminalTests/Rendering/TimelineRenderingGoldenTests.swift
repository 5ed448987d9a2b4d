import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The timeline, notes, summary and claims as a learner sees them, for recorded runs kept as fixtures,
/// compared with golden files (re-record with MPTUTOR_RECORD_GOLDEN=1).
final class TimelineRenderingGoldenTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static let configurations: [(name: String, caps: TerminalCapabilities)] = [
        ("w80.plain.unicode", TerminalCapabilities(color: false, unicode: true, width: 80, isInteractive: false)),
        ("w120.color.unicode", TerminalCapabilities(color: true, unicode: true, width: 120, isInteractive: false)),
        ("w80.plain.ascii", TerminalCapabilities(color: false, unicode: false, width: 80, isInteractive: false)),
    ]

    func testPoolAsyncRunWithItsLesson() throws {
        let lesson = try LessonParser.load(path: BinaryHarness.repoRoot + "/lessons/pool-async/pool-async.md")
        try assertRendering(fixture: "pool-async", lesson: lesson)
    }

    func testLockContentionAndTerminateWithoutALesson() throws {
        try assertRendering(fixture: "contention", lesson: nil)
    }

    func testReplayHeadingNamesTheSourceAndTheRecording() throws {
        let transcript = try TranscriptReader.read(path: Self.fixtures.appendingPathComponent("pool-async.jsonl").path)
        let heading = RunPresenter(lesson: nil, capabilities: .plain).heading(for: transcript.header, replayOf: "x.jsonl")
        XCTAssertTrue(heading.hasPrefix("▶ replay of x.jsonl\n  recorded \(transcript.header.recordedAt)"), heading)
        XCTAssertTrue(heading.contains("python 3.11.7 · start method fork"))
    }

    private func assertRendering(fixture: String, lesson: Lesson?, file: StaticString = #filePath, line: UInt = #line) throws {
        let transcript = try TranscriptReader.read(path: Self.fixtures.appendingPathComponent("\(fixture).jsonl").path)
        let timeline = TimelineBuilder.build(transcript)
        let parameters = Dictionary(transcript.header.parameters.members.map { ($0.key, $0.value.displayText) }) { a, _ in a }
        for (name, caps) in Self.configurations {
            let body = RunPresenter(lesson: lesson, capabilities: caps).body(timeline: timeline, variant: nil, parameters: parameters)
            GoldenFile.assertMatches(body.text, "timeline/\(fixture).\(name).txt", file: file, line: line)
            if let claims = body.claims { XCTAssertTrue(claims.passed, "the fixture run proves its lesson's claims", file: file, line: line) }
        }
    }
}
