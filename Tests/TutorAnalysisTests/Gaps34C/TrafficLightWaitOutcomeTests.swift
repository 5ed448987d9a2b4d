import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 34C, item 1: the traffic-light lesson says a car drove off on green only where the run shows a `wait()` that
/// returned True. `Event.wait()` returns the flag as it finds it when it returns, so a car woken by a green that ran only
/// after the next red gets False; the old demo printed "drives off on green" all the same, and its claim counted wakes.
final class TrafficLightWaitOutcomeTests: XCTestCase {
    private func report(_ lessonPath: String, transcript text: String) throws -> ClaimReport.Entry {
        let lesson = try LessonParser.parse(try String(contentsOfFile: BinaryHarness.repoRoot + "/" + lessonPath, encoding: .utf8),
                                            file: lessonPath)
        let transcript = try TranscriptReader.parse(Array(text.utf8), file: "traffic-light.jsonl")
        let report = ClaimReport(lesson: lesson, variant: nil, parameters: ["cars": "8", "cycles": "3"],
                                 timeline: TimelineBuilder.build(transcript))
        // found by its check, so that the claim it replaced is judged the same way
        let entries = report.entries.filter { $0.check.contains("text ~ \"drives off on green\"") }
        XCTAssertEqual(entries.count, 1, "\(lessonPath): the drive-off claim, once")
        return try XCTUnwrap(entries.first)
    }

    private var recording: String {
        get throws { try String(contentsOfFile: BinaryHarness.repoRoot + "/transcripts/traffic-light.jsonl", encoding: .utf8) }
    }

    /// A car whose wait() returned False and which then printed "drives off on green" (what the old demo did on a busy
    /// machine): the claim is false in both languages. Before the fix the claim counted wakes, and held.
    func testACarThatDroveOffAfterAFalseWaitFailsTheClaim() throws {
        let text = try recording
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // the first car's wake that its "drives off on green" print follows at once
        let wake = try XCTUnwrap(lines.indices.dropLast().first { i in
            lines[i].contains("\"kind\":\"event.wake\"") && lines[i].contains("\"process\":\"car-")
                && lines[i + 1].contains("drives off on green") && lines[i + 1].contains("\"kind\":\"print\"")
        })
        var doctored = lines
        doctored[wake] = lines[wake].replacingOccurrences(of: "\"outcome\":true", with: "\"outcome\":false")
        for path in ["lessons/traffic-light/traffic-light.md", "lessons/traffic-light/zh/traffic-light.md"] {
            let entry = try report(path, transcript: doctored.joined(separator: "\n"))
            XCTAssertFalse(entry.outcome.passed, "\(path): a drive-off after wait() returned False is not a drive-off on green: \(entry.outcome.observed)")
            XCTAssertTrue(entry.check.contains("outcome == true"), entry.check)
            XCTAssertTrue(entry.text.contains("wait() that returned True") || entry.text.contains("返回 True 的 wait()"), entry.text)
        }
    }

    /// The committed recording (made with the demo that loops on wait()) holds the claim, in both languages.
    func testTheRecordingHoldsTheClaim() throws {
        let text = try recording
        for path in ["lessons/traffic-light/traffic-light.md", "lessons/traffic-light/zh/traffic-light.md"] {
            let entry = try report(path, transcript: text)
            XCTAssertTrue(entry.outcome.passed, "\(path): \(entry.outcome.observed)")
        }
    }

    /// The demo looks at what wait() returned, and a False keeps the car at the light.
    func testTheDemoLoopsOnWhatWaitReturned() throws {
        let demo = try String(contentsOfFile: BinaryHarness.repoRoot + "/lessons/traffic-light/demo.py", encoding: .utf8)
        XCTAssertTrue(demo.contains("while not green.wait():"), "the car checks wait()'s result")
        XCTAssertFalse(demo.contains("\n    green.wait()"), "no bare wait() whose result is dropped")
    }
}
