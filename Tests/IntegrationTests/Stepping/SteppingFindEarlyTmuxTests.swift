import Foundation
import XCTest
@testable import TutorCore
@testable import TutorTestSupport
@testable import TutorAnalysis
@testable import TutorTerminal

/// `replay --step` on a 50,000-event Pool.map (made by benchmarks/scale.py): a find sent the moment the whole run
/// shows, before its search index is ready, lands on the first row after the cursor whose words hold the text,
/// found here by describing every row; the same find sent again lands on the same step.
final class SteppingFindEarlyTmuxTests: XCTestCase {
    private var pane: TmuxPane!

    override func setUpWithError() throws {
        pane = try TmuxPane(name: "findearly", width: 120, height: 40)
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: BinaryHarness.binary), "build mp-tutor first")
    }

    override func tearDown() { pane?.close() }

    func testAFindBeforeTheIndexIsReadyLandsOnTheFirstRowThatHoldsIt() throws {
        let path = pane.directory + "/long.jsonl"
        let made = try runPython("""
            import sys, os
            sys.path.insert(0, 'benchmarks')
            import scale
            print(scale.synthesise(os.path.join(scale.SEEDS, 'pool_map.jsonl'), 'pool_map', 50000, sys.argv[1]))
            """, path)
        let events = try XCTUnwrap(Int(made.trimmingCharacters(in: .whitespacesAndNewlines)))
        // Each query's step as describing every row finds it, from step 1 (the first event).
        let timeline = TimelineBuilder.build(try TranscriptReader.read(path: path))
        let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .init(color: false, unicode: true, width: 120, isInteractive: false)))
        let queries = ["exit", "TASK 0.12000 sq", "result of task 0.9876 "]
        let expected = try queries.map { query in
            try XCTUnwrap(timeline.events.indices.first { $0 > 0 && describer.describe($0).lowercased().contains(query.lowercased()) }, query) + 1
        }
        XCTAssertGreaterThan(expected[0], events - 100, "the first exit is in the run's last rows")

        try "cd '\(BinaryHarness.repoRoot)'\n'\(BinaryHarness.binary)' replay --step '\(path)'\n"
            .write(toFile: pane.directory + "/run.sh", atomically: true, encoding: .utf8)
        try pane.keys("bash '\(pane.directory)/run.sh'", "Enter")
        _ = try pane.waitForScreen(timeout: 600) { $0.first?.hasPrefix(" step 1/\(events) ") == true }
        for (query, step) in zip(queries, expected) {
            // At once (the first query is sent before the index can be ready), then again from step 1.
            for _ in 0..<2 {
                try pane.keys("g")
                _ = try pane.waitForScreen(timeout: 30) { $0.first?.hasPrefix(" step 1/\(events) ") == true }
                try pane.keys("/")
                try pane.keys(query)
                try pane.keys("Enter")
                let found = try pane.waitForScreen(timeout: 120) {
                    $0.first?.hasPrefix(" step 1/") == false && $0.first?.hasPrefix(" step ") == true
                }
                XCTAssertTrue(found.first?.hasPrefix(" step \(step)/\(events) ") == true, "\(query): \(found.joined(separator: "\n"))")
            }
        }
        try pane.keys("q")
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
