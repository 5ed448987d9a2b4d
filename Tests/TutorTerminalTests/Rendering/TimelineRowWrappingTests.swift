import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Output to a pipe: long rows wrap instead of being cut with "…", and `--full` keeps the middle of a long run.
final class TimelineRowWrappingTests: XCTestCase {
    private func render(width: Int, wraps: Bool, full: Bool = false, maxRows: Int = 400) throws -> [String] {
        let transcript = try TranscriptReader.read(path: TimelineRenderingGoldenTests.fixtures.appendingPathComponent("pool-async.jsonl").path)
        var options = TimelineRenderer.Options()
        options.wrapsRows = wraps
        options.full = full
        options.maxRows = maxRows
        let caps = TerminalCapabilities(color: false, unicode: true, width: width, isInteractive: false)
        return TimelineRenderer(timeline: TimelineBuilder.build(transcript), notes: [], capabilities: caps, options: options)
            .render().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func testOnAScreenLongRowsAreCutAndInAPipeTheyWrap() throws {
        let cut = try render(width: 60, wraps: false)
        XCTAssertTrue(cut.contains { $0.hasSuffix("…") }, "at 60 columns some row is cut")
        let wrapped = try render(width: 60, wraps: true)
        let rowLines = wrapped.filter { $0.first?.isNumber == true }
        XCTAssertFalse(rowLines.contains { $0.hasSuffix("…") }, "no row is cut:\n" + rowLines.filter { $0.hasSuffix("…") }.joined(separator: "\n"))
        let rowsAndContinuations = wrapped.drop { !($0.first?.isNumber ?? false) }
        XCTAssertTrue(rowsAndContinuations.allSatisfy { $0.displayWidth <= 60 }, rowsAndContinuations.filter { $0.displayWidth > 60 }.joined(separator: "\n"))
        XCTAssertGreaterThan(wrapped.count, cut.count, "wrapped rows take more lines")
        XCTAssertEqual(rowLines.count, cut.filter { $0.first?.isNumber == true }.count, "the same rows, none lost")
    }

    func testFullKeepsTheCondensedMiddle() throws {
        let condensed = try render(width: 100, wraps: false, maxRows: 20)
        XCTAssertTrue(condensed.contains { $0.contains("left out here") })
        let full = try render(width: 100, wraps: false, full: true, maxRows: 20)
        XCTAssertFalse(full.contains { $0.contains("left out here") })
        XCTAssertGreaterThan(full.count, condensed.count)
    }
}
