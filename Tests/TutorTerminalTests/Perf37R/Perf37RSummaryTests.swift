import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Perf 37R: the summary's tracer-frames line looks for the package's bytes before it asks Foundation's `contains`.
final class Perf37RSummaryTests: XCTestCase {
    /// Printed lines that name the tracer's package at the start, the middle and the end, after non-ASCII text, after a
    /// false start ("mpmptutor_trace/"), and lines that almost name it: the line is said exactly when some printed text
    /// `contains` the name, as the search before said.
    func testTheTracerFramesLineIsSaidWhenAndOnlyWhenAPrintedLineNamesThePackage() {
        let named = ["mptutor_trace/process.py", "  File \"/tmp/x/mptutor_trace/process.py\", line 3", "é → mptutor_trace/",
                     "mpmptutor_trace/", "日本 mptutor_trace/x"]
        let unnamed = ["mptutor_trace", "mptutor_trac/", "Mptutor_trace/", "mptutor_trace\\", "", "m", "mptutor_tracé/",
                       "mptutor_ trace/", "ptutor_trace/"]
        var cases: [[String]] = [[], unnamed] + named.map { unnamed + [$0] } + named.map { [$0] + unnamed }
        cases.append((0..<500).map { "line \($0)" } + ["the end: mptutor_trace/"])
        for texts in cases {
            var s = EventScript()
            s.add(0, pid: 100, process: "MainProcess", .processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
            for (i, text) in texts.enumerated() {
                s.add(1 + Double(i) * 0.01, pid: 100, process: "MainProcess", .print, [("stream", .string("stdout")), ("text", .string(text))])
            }
            let timeline = s.timeline()
            let expected = timeline.events.compactMap { $0.string(EventField.text) }.contains { $0.contains("mptutor_trace/") }
            XCTAssertEqual(SummaryRenderer.tracerFramesLine(timeline) != nil, expected, "\(texts.suffix(3))")
            XCTAssertEqual(expected, texts.contains { named.contains($0) } || texts.last == "the end: mptutor_trace/", "\(texts.suffix(3))")
        }
    }
}
