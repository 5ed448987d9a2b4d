import Foundation
import XCTest
@testable import TutorCore
@testable import TutorCapture
@testable import TutorTestSupport

/// Gaps 30B part 1: a process's lost events were said on its own lane of the printed timeline only (gaps 29C). Every
/// other screen that shows that process now says them too, and that when they were lost is not known: the step
/// view's lane row and its state panel row (in a real terminal, tmux), the HTML page's lane and panel (in headless
/// Chromium), and the Perfetto trace's process name. The recording: g28c_c_fork_shared_log (Process-1 lost 3 events).
final class Gaps30BLostEverywhereTests: XCTestCase {
    static let recording = "corpus/transcripts/g28c_c_fork_shared_log--fork.jsonl"

    func testTheStepViewSaysTheLossOnTheLaneAndTheProcessRowInATerminal() throws {
        let pane = try TmuxPane(name: "g30b-lost", width: 110, height: 30)
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
        // Step 6: Process-1 has started and is running; step 12: it has exited. Both steps say the loss, with no time.
        for (step, state) in [(6, "running"), (12, "exited, code 0")] {
            try pane.keys(String(step), "Enter")
            let drawn = try pane.waitForScreen(steady: true) { $0.first?.hasPrefix(" step \(step)/") == true }
            let screen = drawn.joined(separator: "\n")
            let lane = try XCTUnwrap(drawn.first { $0.contains(" Process-1 ") && $0.contains("─") }, screen)
            XCTAssertTrue(lane.hasSuffix("⚠ 3 lost, when not known"), lane)
            let row = try XCTUnwrap(drawn.first { $0.contains("Process-1 6742") }, screen)
            // (a no-break space before the dot keeps it on the line)
            XCTAssertTrue(row.contains(state + "\u{00A0}· ⚠ 3 of its events were lost (when is not known)"), row)
            XCTAssertFalse(drawn.contains { $0.contains("MainProcess 6695") && $0.contains("lost") }, screen)
        }
        try pane.keys("q")
        try pane.waitForFile("status.txt")
        XCTAssertEqual(try pane.contents("status.txt"), "0\n")
    }

    func testTheChineseStepViewSaysItInChinese() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try "".write(toFile: folder.path + "/keys", atomically: true, encoding: .utf8)
        let run = try BinaryHarness.run(["replay", BinaryHarness.repoRoot + "/" + Self.recording, "--step", "--lang", "zh", "--color", "never",
                                         "--width", "110"], stdin: folder.path + "/keys")
        XCTAssertEqual(run.status, .exited(0), run.stderr)
        XCTAssertTrue(run.stdout.contains("Process-1 6742    退出，退出码 0\u{00A0}· ⚠ 它丢失了 3 个事件（何时丢失的，记录里没有）"), run.stdout)
        XCTAssertTrue(run.stdout.contains("⚠ 丢失 3 个，时间不明"), run.stdout)
    }

    func testTheHTMLPageSaysItOnTheLaneAndInThePanel() throws {
        let browser = try XCTUnwrap(["chromium", "chromium-browser", "google-chrome"].lazy
            .compactMap { ExecutableSearch.find($0, path: ProcessInfo.processInfo.environment["PATH"]) }.first, "Chromium is needed")
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var results: [String: JSONObject] = [:]
        var texts: [String: String] = [:]
        for language in ["en", "zh"] {
            let page = folder.path + "/lost-\(language).html"
            let run = try BinaryHarness.run(["export", BinaryHarness.repoRoot + "/" + Self.recording, "--html", page, "--lang", language])
            XCTAssertEqual(run.status, .exited(0), run.stderr)
            let outcome = try Supervisor().run(RunRequest(
                executable: try TraceEventChecker.python(), arguments: [BinaryHarness.repoRoot + "/scripts/browser_check.py", "--chromium", browser, page],
                environment: ProcessInfo.processInfo.environment, workingDirectory: BinaryHarness.repoRoot, timeout: 300))
            let output = String(decoding: outcome.stdout, as: UTF8.self)
            XCTAssertEqual(outcome.termination, .exited(0), output + String(decoding: outcome.stderr, as: UTF8.self))
            results[language] = try JSONParser.parse(output.trimmingCharacters(in: .whitespacesAndNewlines)).objectValue
            texts[language] = output
        }
        let en = try XCTUnwrap(results["en"])
        XCTAssertEqual(en["failures"]?.arrayValue?.count, 0, texts["en"] ?? "")
        let lanes = try XCTUnwrap(en["laneLost"]?.arrayValue, texts["en"] ?? "")
        XCTAssertEqual(lanes.count, 1, texts["en"] ?? "")
        XCTAssertEqual(lanes.first?.arrayValue?.first?.stringValue, "Process-1 6742")
        XCTAssertTrue(lanes.first?.arrayValue?.last?.stringValue?.contains("⚠ 3 lost, when not known") == true, texts["en"] ?? "")
        XCTAssertTrue(en["panelLast"]?.stringValue?.contains("Process-1 6742    exited, code 0\u{00A0}· ⚠ 3 of its events were lost (when is not known)") == true,
                      texts["en"] ?? "")
        let zh = try XCTUnwrap(results["zh"])
        XCTAssertTrue(zh["panelLast"]?.stringValue?.contains("⚠ 它丢失了 3 个事件（何时丢失的，记录里没有）") == true, texts["zh"] ?? "")
        XCTAssertTrue(zh["laneLost"]?.serialized().contains("丢失 3 个，时间不明") == true, texts["zh"] ?? "")
    }

    func testThePerfettoTraceNamesTheLossOnTheProcess() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let trace = folder.path + "/lost.json"
        let run = try BinaryHarness.run(["export", BinaryHarness.repoRoot + "/" + Self.recording, "--perfetto", trace])
        XCTAssertEqual(run.status, .exited(0), run.stderr)
        let verdict = try TraceEventChecker.check(path: trace)
        XCTAssertTrue(verdict.valid, verdict.output)
        let root = try JSONParser.parse(String(decoding: try Data(contentsOf: URL(fileURLWithPath: trace)), as: UTF8.self))
        let names = (root.objectValue?["traceEvents"]?.arrayValue ?? []).compactMap(\.objectValue)
            .filter { $0["name"]?.stringValue == "process_name" }
            .map { ($0["pid"]?.intValue ?? 0, $0["args"]?.objectValue?["name"]?.stringValue ?? "") }
        XCTAssertEqual(names.first { $0.0 == 6742 }?.1, "Process-1 (child) ⚠ 3 events of this process were lost (when is not known)", "\(names)")
        XCTAssertEqual(names.first { $0.0 == 6695 }?.1, "MainProcess (main)", "\(names)")
    }
}
