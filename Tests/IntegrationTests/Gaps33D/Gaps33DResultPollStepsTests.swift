import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorCapture
@testable import TutorTestSupport

/// Gaps 33D item 1: gaps 32A folded a status loop's timed-out `result(timeout=0)` calls into one row of the printed
/// timeline ("8 calls of result(timeout=0) raised TimeoutError, one after another over …"); the step view and the HTML
/// page showed each call alone, as if it were a single call. Both keep a step per event (a step is an event), and each
/// timed-out call of such a run now says which call of the run it is, the run's length and span: the same run the
/// printed row counts. r30f_job_status_poller (fork).
final class Gaps33DResultPollStepsTests: XCTestCase {
    static let path = BinaryHarness.repoRoot + "/corpus/transcripts/r30f_job_status_poller--fork.jsonl"

    /// The second call of the first run of at least three, with the words its step must show.
    private func target() throws -> (index: Int, count: Int, words: String) {
        let timeline = TimelineBuilder.build(try TranscriptReader.read(path: Self.path))
        let runs = StateQueries.resultPollRuns(in: timeline)
        let (index, run) = try XCTUnwrap(runs.filter { $0.value.call == 2 && $0.value.calls >= 3 }.min { $0.key < $1.key })
        let timeout = timeline.events[run.firstWait][EventField.timeout]?.displayText ?? "?"
        let words = "(call 2 of \(run.calls) of result(timeout=\(timeout)) on this thread that raised TimeoutError one after another, "
            + "from \(Format.seconds(run.from)) to \(Format.seconds(run.to)))"
        // the printed timeline's folded row counts the same calls
        let printed = try BinaryHarness.run(["replay", Self.path, "--full", "--no-pager", "--color", "never", "--width", "400"])
        XCTAssertTrue(printed.stdout.contains("\(run.calls) calls of result(timeout=\(timeout)) raised TimeoutError, one after another"), printed.stdout)
        return (index, timeline.events.count, words)
    }

    func testTheStepViewSaysWhichCallOfTheRunAStepIs() throws {
        let (index, count, words) = try target()
        let pane = try TmuxPane(name: "g33d-polls", width: 400, height: 40)
        defer { pane.close() }
        try "export LANG=C.UTF-8\ncd '\(BinaryHarness.repoRoot)'\n'\(BinaryHarness.binary)' replay --step --color never '\(Self.path)'\n"
            .write(toFile: pane.directory + "/run.sh", atomically: true, encoding: .utf8)
        try pane.keys("bash '\(pane.directory)/run.sh'", "Enter")
        _ = try pane.waitForScreen(timeout: 60) { $0.first?.hasPrefix(" step 1/\(count) ") == true }
        try pane.keys(String(index + 1), "Enter")
        let screen = try pane.waitForScreen(steady: true, timeout: 30) { $0.first?.hasPrefix(" step \(index + 1)/\(count) ") == true }
            .map { $0.replacing("\u{00A0}", with: " ") }.joined(separator: "\n")
        XCTAssertTrue(screen.replacingOccurrences(of: "\n", with: "").contains("TimeoutError"), screen)
        XCTAssertTrue(screen.contains("(call 2 of "), screen)
        XCTAssertTrue(screen.components(separatedBy: .newlines).joined(separator: " ").contains(words) || screen.contains(words.prefix(60)), screen)
        try pane.keys("q")
    }

    func testTheHTMLPageSaysWhichCallOfTheRunAStepIs() throws {
        let (index, _, words) = try target()
        let browser = try XCTUnwrap(["chromium", "chromium-browser", "google-chrome"].lazy
            .compactMap { ExecutableSearch.find($0, path: ProcessInfo.processInfo.environment["PATH"]) }.first, "Chromium is needed")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let page = folder.path + "/polls.html"
        let run = try BinaryHarness.run(["export", Self.path, "--html", page])
        XCTAssertEqual(run.status, .exited(0), run.stderr)
        let outcome = try Supervisor().run(RunRequest(
            executable: try TraceEventChecker.python(),
            arguments: [BinaryHarness.repoRoot + "/scripts/browser_check.py", "--chromium", browser, "--event-at", String(index), page],
            environment: ProcessInfo.processInfo.environment, workingDirectory: BinaryHarness.repoRoot, timeout: 300))
        let output = String(decoding: outcome.stdout, as: UTF8.self)
        XCTAssertEqual(outcome.termination, .exited(0), output + String(decoding: outcome.stderr, as: UTF8.self))
        let result = try XCTUnwrap(try JSONParser.parse(output.trimmingCharacters(in: .whitespacesAndNewlines)).objectValue, output)
        let text = try XCTUnwrap(result["stepEvents"]?.arrayValue?.first?.stringValue, output)
        XCTAssertTrue(text.contains("raised TimeoutError"), text)
        XCTAssertTrue(text.hasSuffix(words), text)
    }
}
