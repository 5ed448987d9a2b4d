import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal

/// A long run's printed timeline: its middle is left out with a line that says what is there, and
/// `--full` (`maxRows = .max`) prints every row.
final class TimelineLongRunTests: XCTestCase {
    /// 601 rows on one lane: prints 1 ms apart, with a run of 50 queue puts 10 µs apart (one condensed row) among them.
    func longTimeline() -> Timeline {
        var events: [TraceEvent] = []
        var t: Int64 = 0
        func add(_ kind: EventKind, _ fields: [(String, JSONValue)], object: String? = nil) {
            // alike events condense into one row only within the time column's step (1 ms) of the row's first
            if !events.isEmpty { t += kind == .queuePut ? 10_000 : 1_000_000 }
            events.append(TraceEvent(seq: events.count + 1, t: t, pid: 10, ppid: 1,
                                     process: "MainProcess", thread: "MainThread", kind: kind, object: object,
                                     fields: JSONObject(fields)))
        }
        add(.processStart, [("name", .string("MainProcess")), ("role", .string("main"))])
        for i in 0..<598 {
            if i == 300 {
                for item in 0..<50 { add(.queuePut, [("item", .string("\(item)"))], object: "Queue#1") }
            }
            add(.print, [("text", .string("line \(i)"))])
        }
        add(.processExit, [("exitcode", .int(0))])
        let header = TranscriptHeader(platform: "linux", cpus: 2, mptutorVersion: "test", recordedAt: "now")
        return TimelineBuilder.build(Transcript(header: header, events: events, trailer: nil))
    }

    func testTheLeftOutMiddleSaysWhatItHolds() {
        let timeline = longTimeline()
        let text = TimelineRenderer(timeline: timeline, notes: [], capabilities: .plain).render()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = try! XCTUnwrap(lines.firstIndex { $0.hasPrefix("   ⋮ ") }, text)
        let said = lines[first...].prefix { !$0.hasPrefix("0.") && !$0.hasPrefix("1.") }.joined(separator: " ")
        // 601 rows (the 50 puts condense into one), 400 shown: 240 at the start, 160 at the end.
        XCTAssertTrue(said.contains("201 rows (250 events from 0.240 s to 0.440 s)"), said)
        XCTAssertTrue(said.contains("200 print, 50 put on a queue;"), said)
        XCTAssertTrue(said.contains("'--full' prints them"), said)
        XCTAssertTrue(lines.allSatisfy { $0.displayWidth <= 80 }, "the line wraps to the width")
        XCTAssertFalse(text.contains("line 300"))
        XCTAssertTrue(text.contains("line 0") && text.contains("line 597"))
    }

    func testFullPrintsEveryRow() {
        var options = TimelineRenderer.Options()
        options.maxRows = .max
        let text = TimelineRenderer(timeline: longTimeline(), notes: [], capabilities: .plain, options: options).render()
        XCTAssertFalse(text.contains("left out"))
        for i in 0..<598 { XCTAssertTrue(text.contains("line \(i)\""), "row \(i)") }
        XCTAssertTrue(text.contains("50× "), "back-to-back puts are still one row with a count")
    }
}
