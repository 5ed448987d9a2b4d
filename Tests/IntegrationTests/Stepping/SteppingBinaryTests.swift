import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorCommands
@testable import TutorTestSupport

/// `--step` through the built binary when stdout is a pipe: every step printed, no key awaited.
final class SteppingBinaryTests: XCTestCase {
    func testWithoutATerminalEveryStepIsPrintedAndNothingWaitsForAKey() throws {
        let events = try TranscriptReader.read(path: BinaryHarness.repoRoot + "/transcripts/pool-async.jsonl").events.count
        let result = try BinaryHarness.run(["replay", "pool-async", "--step"], timeout: 60)
        XCTAssertEqual(result.status, .exited(0), result.stderr)
        XCTAssertLessThan(result.seconds, 30, "no key was awaited")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let headers = lines.filter { $0.range(of: #"^ step \d+/\d+  "#, options: .regularExpression) != nil }
        XCTAssertEqual(headers.count, events, "one screen per event")
        XCTAssertTrue(headers.first?.hasPrefix(" step 1/\(events)  ") == true)
        XCTAssertTrue(headers.last?.hasPrefix(" step \(events)/\(events)  ") == true)
        XCTAssertEqual(lines.filter { $0.hasPrefix("═══") }.count, events - 1, "a rule between steps")
        XCTAssertFalse(result.stdout.contains("\u{1B}"), "no cursor control or colour on a pipe")
        XCTAssertFalse(result.stdout.contains("q quit"), "no key hints where no key can be pressed")
        // Which worker took task 0 depends on the recorded run: any of them will do.
        XCTAssertNotNil(result.stdout.range(of: #"ForkPoolWorker-\d runs task 0"#, options: .regularExpression), "the state panel")
        XCTAssertTrue(result.stdout.contains("Pool#1 (3 workers): 10 apply_async() calls · 10 of 10 tasks ran"), "the summary follows the steps")
    }

    func testStepIsAnOptionOfLessonReplayAndTrace() throws {
        XCTAssertEqual(try ArgumentReader.read(["replay", "x.jsonl", "--step"]), .replay(target: "x.jsonl", variant: nil, {
            var display = DisplayOptions()
            display.step = true
            return display
        }()))
        guard case let .lesson(_, options) = try ArgumentReader.read(["lesson", "pool-async", "--step"]) else { return XCTFail() }
        XCTAssertTrue(options.display.step)
        guard case let .trace(script, arguments, _, display, _) = try ArgumentReader.read(["trace", "--step", "a.py", "--step"]) else {
            return XCTFail()
        }
        XCTAssertEqual(script, "a.py")
        XCTAssertEqual(arguments, ["--step"], "after the script, --step belongs to the script")
        XCTAssertTrue(display.step)
        XCTAssertTrue(try HelpText.text(for: "replay").contains("--step"))
    }
}
