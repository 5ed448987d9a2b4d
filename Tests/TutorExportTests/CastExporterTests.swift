import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorExport
@testable import TutorTestSupport

final class CastExporterTests: XCTestCase {
    /// asciicast v2: a header object with version 2 and a size, then `[time, code, data]` events with
    /// times that never go back; the rows come at their events' times.
    func testRecordingIsValidAsciicastV2WithRowsAtTheirTimes() throws {
        let timeline = Fixtures.poolRun().timeline()
        let caps = TerminalCapabilities(color: true, unicode: true, width: 100, isInteractive: false)
        let presenter = RunPresenter(lesson: nil, capabilities: caps)
        let text = presenter.heading(for: timeline.header, replayOf: "run.jsonl") + presenter.body(timeline: timeline, variant: nil, parameters: [:]).text
        let cast = String(decoding: CastExporter(text: text, width: 100, title: "t \"q\"").data(), as: UTF8.self)
        let lines = cast.split(separator: "\n").map(String.init)
        let header = try XCTUnwrap(try JSONParser.parse(lines[0]).objectValue)
        XCTAssertEqual(header["version"]?.intValue, 2)
        XCTAssertEqual(header["width"]?.intValue, 100)
        XCTAssertEqual(header["height"]?.intValue, 40)
        XCTAssertEqual(header["title"]?.stringValue, "t \"q\"")
        var last = -1.0
        var output = ""
        for line in lines.dropFirst() {
            let event = try XCTUnwrap(try JSONParser.parse(line).arrayValue, line)
            XCTAssertEqual(event.count, 3, line)
            let time = try XCTUnwrap(event[0].doubleValue, line)
            XCTAssertGreaterThanOrEqual(time, last, "time went back: \(line)")
            last = time
            XCTAssertEqual(event[1].stringValue, "o")
            output += try XCTUnwrap(event[2].stringValue)
        }
        XCTAssertEqual(output, text.replacingOccurrences(of: "\n", with: "\r\n"), "the recording is the replay's output")
        // The last task ends at 160 ms: its row is at 0.160 s, and so is everything after it until later rows.
        let row = try XCTUnwrap(lines.first { $0.contains("task 2") && $0.contains("✓") })
        XCTAssertTrue(row.hasPrefix("[0.160000,"), row)
        XCTAssertEqual(last, 0.2, accuracy: 1e-9, "the summary comes after the last row (200 ms)")
    }
}
