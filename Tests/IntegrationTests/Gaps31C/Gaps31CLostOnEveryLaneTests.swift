import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// Gaps 31C part 2: a process's lost events were said on its main-thread lane only (gaps 29C, 30B), so a lane of another
/// of its threads read as complete. The record counts losses per process file, never per thread: every lane of the
/// process now says them, and a process with several lanes says that which thread lost them is not known either.
/// The recording: g31c_lost_thread_lanes (Process-1, with a thread "ticker", lost 3 events).
final class Gaps31CLostOnEveryLaneTests: XCTestCase {
    static let recording = "corpus/transcripts/g31c_lost_thread_lanes--fork.jsonl"
    static let sentence = "⚠ 3 events of this process were lost (in which of its threads, and when, is not known)"

    func testThePrintedTimelineSaysItUnderEachLaneOfTheProcess() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let run = try BinaryHarness.run(["replay", "corpus/transcripts/g31c_lost_thread_lanes--\(method).jsonl", "--full", "--no-pager",
                                             "--color", "never", "--width", "220"])
            XCTAssertEqual(run.status, .exited(0), run.stderr)
            let lines = run.stdout.split(separator: "\n").map(String.init)
            let header = try XCTUnwrap(lines.first { $0.hasPrefix("time ") }, run.stdout)
            let marks = lines.filter { $0.hasPrefix("?") && $0.contains("⚠") }
            XCTAssertEqual(marks.count, 2, "\(method): \(run.stdout)")
            // each under its own lane's column: Process-1's and Process-1 · ticker's
            func column(_ text: String, in line: String) -> Int? { line.range(of: text).map { line.distance(from: line.startIndex, to: $0.lowerBound) } }
            let columns = marks.compactMap { column("⚠", in: $0) }
            let lanes = ["Process-1 ", "Process-1 · ticker"].compactMap { column($0, in: header) }
            XCTAssertEqual(columns, lanes, "\(method): \(marks) under \(header)")
            XCTAssertTrue(marks.allSatisfy { $0.hasSuffix(Self.sentence) }, "\(marks)")
        }
        let zh = try BinaryHarness.run(["replay", Self.recording, "--full", "--no-pager", "--color", "never", "--width", "220", "--lang", "zh"])
        XCTAssertEqual(zh.stdout.components(separatedBy: "⚠ 这个进程丢失了 3 个事件（丢在它的哪个线程、何时丢失的，记录里都没有）").count - 1, 2, zh.stdout)
    }

    func testTheStepViewMarksEveryLaneOfTheProcessInATerminal() throws {
        let pane = try TmuxPane(name: "g31c-lost", width: 120, height: 32)
        defer { pane.close() }
        let script = """
            export LANG=C.UTF-8
            cd '\(BinaryHarness.repoRoot)'
            '\(BinaryHarness.binary)' replay '\(Self.recording)' --step --color never
            echo $? > '\(pane.directory)/status.txt'

            """
        try script.write(toFile: pane.directory + "/run.sh", atomically: true, encoding: .utf8)
        try pane.keys("bash '\(pane.directory)/run.sh'", "Enter")
        _ = try pane.waitForScreen { $0.first?.hasPrefix(" step 1/") == true }
        try pane.keys("10", "Enter")
        let drawn = try pane.waitForScreen(steady: true) { $0.first?.hasPrefix(" step 10/") == true }
        let screen = drawn.joined(separator: "\n")
        let main = try XCTUnwrap(drawn.first { $0.contains(" Process-1 ") && !$0.contains("ticker") && $0.contains("─") }, screen)
        let ticker = try XCTUnwrap(drawn.first { $0.contains("Process-1 · ticker") && $0.contains("─") }, screen)
        for lane in [main, ticker] {
            XCTAssertTrue(lane.hasSuffix("⚠ its process lost 3; thread, time not known"), lane)
        }
        XCTAssertFalse(drawn.contains { $0.contains("MainProcess") && $0.contains("lost") }, screen)
        try pane.keys("q")
        try pane.waitForFile("status.txt")
        XCTAssertEqual(try pane.contents("status.txt"), "0\n")
    }

    func testTheHTMLPageMarksEveryLaneOfTheProcess() throws {
        let browser = try XCTUnwrap(["chromium", "chromium-browser", "google-chrome"].lazy
            .compactMap { ExecutableSearch.find($0, path: ProcessInfo.processInfo.environment["PATH"]) }.first, "Chromium is needed")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let page = folder.path + "/lost.html"
        let run = try BinaryHarness.run(["export", BinaryHarness.repoRoot + "/" + Self.recording, "--html", page])
        XCTAssertEqual(run.status, .exited(0), run.stderr)
        let outcome = try Supervisor().run(RunRequest(
            executable: try TraceEventChecker.python(), arguments: [BinaryHarness.repoRoot + "/scripts/browser_check.py", "--chromium", browser, page],
            environment: ProcessInfo.processInfo.environment, workingDirectory: BinaryHarness.repoRoot, timeout: 300))
        let output = String(decoding: outcome.stdout, as: UTF8.self)
        XCTAssertEqual(outcome.termination, .exited(0), output + String(decoding: outcome.stderr, as: UTF8.self))
        let result = try XCTUnwrap(try JSONParser.parse(output.trimmingCharacters(in: .whitespacesAndNewlines)).objectValue, output)
        XCTAssertEqual(result["failures"]?.arrayValue?.count, 0, output)
        let lanes = try XCTUnwrap(result["laneLost"]?.arrayValue, output).compactMap(\.arrayValue)
        XCTAssertEqual(lanes.compactMap { $0.first?.stringValue }.map { $0.hasPrefix("Process-1") }, [true, true], output)
        XCTAssertTrue(lanes.contains { $0.first?.stringValue?.contains("ticker") == true }, output)
        XCTAssertTrue(lanes.allSatisfy { $0.last?.stringValue?.contains("⚠ its process lost 3; thread, time not known") == true }, output)
    }

    func testThePerfettoTraceNamesTheLossOnEachThreadOfTheProcess() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let trace = folder.path + "/lost.json"
        let run = try BinaryHarness.run(["export", BinaryHarness.repoRoot + "/" + Self.recording, "--perfetto", trace])
        XCTAssertEqual(run.status, .exited(0), run.stderr)
        let verdict = try TraceEventChecker.check(path: trace)
        XCTAssertTrue(verdict.valid, verdict.output)
        let root = try JSONParser.parse(String(decoding: try Data(contentsOf: URL(fileURLWithPath: trace)), as: UTF8.self))
        let threads = (root.objectValue?["traceEvents"]?.arrayValue ?? []).compactMap(\.objectValue)
            .filter { $0["name"]?.stringValue == "thread_name" }.compactMap { $0["args"]?.objectValue?["name"]?.stringValue }
        let lost = threads.filter { $0.hasSuffix(" ⚠ its process lost 3; thread, time not known") }
        XCTAssertEqual(lost.count, 2, "\(threads)")
        XCTAssertTrue(lost.contains { $0.contains("ticker") }, "\(threads)")
        XCTAssertFalse(threads.contains { $0.hasPrefix("MainProcess") && $0.contains("⚠") }, "\(threads)")
    }
}
