import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport
@testable import TutorAnalysis
@testable import TutorTerminal

/// `replay --step` on a transcript over 8 MB (50,000 events made by benchmarks/scale.py from its
/// recorded Pool.map seed): the view opens on the file's first page, says the rest is being read, keeps
/// the cursor on its event when the whole run arrives, and then jumps and finds over the whole run.
final class SteppingLongFileTmuxTests: XCTestCase {
    private var pane: TmuxPane!

    override func setUpWithError() throws {
        pane = try TmuxPane(name: "longfile", width: 120, height: 40)
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: BinaryHarness.binary), "build mp-tutor first")
    }

    override func tearDown() { pane?.close() }

    func testTheFirstPageShowsAtOnceAndTheWholeRunReplacesItOnTheSameEvent() throws {
        let path = pane.directory + "/long.jsonl"
        let made = try runPython("""
            import sys, os
            sys.path.insert(0, 'benchmarks')
            import scale
            print(scale.synthesise(os.path.join(scale.SEEDS, 'pool_map.jsonl'), 'pool_map', 50000, sys.argv[1]))
            """, path)
        let events = try XCTUnwrap(Int(made.trimmingCharacters(in: .whitespacesAndNewlines)))
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        XCTAssertGreaterThanOrEqual(size, 8 << 20, "the file is long enough to open on its first page")

        let script = """
            cd '\(BinaryHarness.repoRoot)'
            '\(BinaryHarness.binary)' replay --step '\(path)'
            echo $? > '\(pane.directory)/status.txt'

            """
        try script.write(toFile: pane.directory + "/run.sh", atomically: true, encoding: .utf8)
        try pane.keys("bash '\(pane.directory)/run.sh'", "Enter")

        // The first page: fewer steps than the file holds, and the status row says why.
        let page = try pane.waitForScreen(timeout: 30) { $0.first?.hasPrefix(" step 1/") == true }
        let pageCount = try XCTUnwrap(page.first.flatMap { Int($0.dropFirst(" step 1/".count).prefix { $0.isNumber }) })
        XCTAssertLessThan(pageCount, events, page.joined(separator: "\n"))
        XCTAssertTrue(page.contains { $0.contains("reading the rest of the run") }, page.joined(separator: "\n"))
        try pane.keys("n", "n")
        _ = try pane.waitForScreen(timeout: 30) { $0.first?.hasPrefix(" step 3/") == true }

        // The whole run arrives on the same event; the status row is gone.
        let whole = try pane.waitForScreen(steady: true, timeout: 600) { $0.first?.hasPrefix(" step 3/\(events) ") == true }
        XCTAssertFalse(whole.contains { $0.contains("reading the rest of the run") }, whole.joined(separator: "\n"))
        try pane.keys("G")
        _ = try pane.waitForScreen(timeout: 30) { $0.first?.hasPrefix(" step \(events)/\(events) ") == true }

        // A step number between two checkpoints: the view lands on it, and its state panel is the state
        // applied from the first event, with no checkpoint.
        let target = events / 2 + 77
        try pane.keys(String(target), "Enter")
        // The panel is replayed after the jump lands (under its heading, "preparing the state at step …"): wait for the
        // panel itself, not a steady screen (load 31: on a loaded machine the screen held still on "preparing" longer than the steady wait).
        let jumped = try pane.waitForScreen(steady: true, timeout: 120) {
            $0.first?.hasPrefix(" step \(target)/\(events) ") == true && $0.contains { $0.contains("state after step \(target)") }
                && !$0.contains { $0.contains("preparing the state") }
        }
        try assertStatePanel(jumped, step: target - 1, path: path)
        try pane.keys("g", "/", "e", "x", "i", "t", "Enter")
        let found = try pane.waitForScreen(steady: true, timeout: 120) {
            $0.first?.hasPrefix(" step 1/") == false && $0.first?.hasPrefix(" step ") == true
        }
        XCTAssertTrue(found.first?.lowercased().contains("exit") == true, found.joined(separator: "\n"))

        // The summary after the view is made from the whole run, as before this view (slow on a debug build).
        try pane.keys("q")
        try pane.waitForFile("status.txt", timeout: 300)
        XCTAssertEqual(try pane.contents("status.txt"), "0\n")
        XCTAssertTrue(try pane.capture(history: 300).contains { $0.contains("Pool#1") }, "the summary is printed after quitting")
    }

    /// The screen's state panel, as far as it is shown, is the panel of the state after `step` applied
    /// event by event from the first.
    private func assertStatePanel(_ screen: [String], step: Int, path: String) throws {
        let timeline = TimelineBuilder.build(try TranscriptReader.read(path: path))
        var state = RunState()
        for index in 0...step { state.apply(index, of: timeline) }
        let expected = StatePanel(state: state, painter: Painter(capabilities: .init(color: false, unicode: true, width: 120, isInteractive: false)),
                                  width: 120, hidesInfrastructure: true).lines().map { String($0.truncated(toWidth: 120)).trimmingSuffixSpaces }
        let rule = try XCTUnwrap(screen.firstIndex { $0.contains("state after step \(step + 1)") }, screen.joined(separator: "\n"))
        // Up to the key line, the screen's last row.
        let shown = screen[(rule + 1)..<(screen.count - 1)].prefix { !$0.isEmpty && !$0.hasPrefix("   … ") }.map(\.trimmingSuffixSpaces)
        XCTAssertGreaterThanOrEqual(shown.count, 2, screen.joined(separator: "\n"))
        XCTAssertEqual(Array(shown), Array(expected.prefix(shown.count)), screen.joined(separator: "\n"))
    }

    private func runPython(_ code: String, _ argument: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", code, argument]
        process.currentDirectoryURL = URL(fileURLWithPath: BinaryHarness.repoRoot)
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return String(decoding: data, as: UTF8.self)
    }
}

private extension String {
    var trimmingSuffixSpaces: String { String(reversed().drop { $0 == " " }.reversed()) }
}
