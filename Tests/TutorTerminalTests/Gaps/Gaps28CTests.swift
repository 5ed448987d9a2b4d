import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Gaps 28C: which process lost events, and why, on the committed recordings of `g28c_c_fork_shared_log` (a child that
/// forks with C's fork(), whose copy writes into the child's mapped event file: 3 of Process-1's events lost, its
/// line 5 unreadable). Before, the screen said "3 events were lost" and "3 LOST" and nothing of whose, and `--step`
/// said nothing at all.
final class Gaps28CTests: XCTestCase {
    func testTheTimelineTheSummaryAndTheStepStatusSayWhichProcessLostHowManyAndItsFirstUnreadableLine() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = try Gaps24BTests.timeline("g28c_c_fork_shared_log--\(method)")
            let loss = try XCTUnwrap(timeline.trailer?.lostByProcess.first, method)
            XCTAssertEqual(timeline.trailer?.lostByProcess.count, 1, method)
            XCTAssertEqual(loss.process, "Process-1", method)
            XCTAssertEqual(loss.lost, timeline.lostEvents, method)
            XCTAssertGreaterThan(loss.lost, 0, method)
            let pid = try XCTUnwrap(timeline.events.first { $0.process == "Process-1" }?.pid)
            XCTAssertEqual(loss.pid, pid, method)
            let malformed = try XCTUnwrap(loss.malformed, method)
            XCTAssertTrue(malformed.hasPrefix("\(pid)-") && malformed.contains(".jsonl line "), malformed)
            let n = loss.lost
            for language in [Language.en, .zh] {
                Language.with(language) {
                    let screen = TimelineRenderer(timeline: timeline, notes: [], capabilities: .plain).render()
                    // warnings are wrapped to the width: read as one text, runs of spaces as one
                    let flat = screen.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
                    let warning = language == .en ? "Process-1 (pid \(pid)) lost \(n) of its events; the first unreadable line: "
                        : "Process-1（pid \(pid)）丢失了 \(n) 个事件；第一条读不出的行："
                    XCTAssertTrue(flat.contains(warning.trimmingCharacters(in: .whitespaces)), "\(method) \(language): \(flat.prefix(600))")
                    // the file's name; the reason is in the screen's language (gaps 29C)
                    XCTAssertTrue(flat.contains(malformed.components(separatedBy: " line ")[0] + (language == .en ? " line " : " 第 ")), method)
                    let summary = SummaryRenderer(timeline: timeline, capabilities: .plain).render()
                    XCTAssertTrue(summary.contains(language == .en ? "\(n) LOST (Process-1 \(n))" : "丢失 \(n) 个（Process-1 的 \(n) 个）"),
                                  "\(method) \(language): \(summary)")
                    let status = LostByProcessWords(timeline).statusLine(painter: Painter(capabilities: .plain)) ?? ""
                    XCTAssertEqual(status, language == .en ? " ⚠ \(n) events lost: Process-1 \(n)" : " ⚠ 丢失了 \(n) 个事件：Process-1 的 \(n) 个", method)
                }
            }
            // `replay --step` without a terminal: the status line under every step.
            var printed = ""
            Stepper(model: StepModel(timeline: timeline, notes: [], capabilities: .plain), capabilities: .plain).printEveryStep { printed += $0 }
            XCTAssertEqual(printed.components(separatedBy: "⚠ \(n) events lost: Process-1 \(n)").count - 1, timeline.events.count, method)
        }
    }

    /// A run that lost nothing says nothing new (the list is empty, no status line).
    func testARunThatLostNothingHasNoListAndNoStatusLine() throws {
        let timeline = try Gaps24BTests.timeline("g26a_main_waits--fork")
        XCTAssertEqual(timeline.trailer?.lostByProcess, [])
        XCTAssertNil(LostByProcessWords(timeline).statusLine(painter: Painter(capabilities: .plain)))
    }
}
