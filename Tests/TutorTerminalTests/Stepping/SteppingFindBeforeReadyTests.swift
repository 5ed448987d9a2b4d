import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A find sent before the search index is ready lands on the step the ready index gives: the nearest match in
/// the search direction, never another. The index is held part-built at chosen events (built on the test's own
/// thread, no timing), the view describes what the index has not reached, and the index is then finished for
/// the finds that must wait for it.
final class SteppingFindBeforeReadyTests: XCTestCase {
    private func timelines() throws -> [(String, Timeline)] {
        let folder = BinaryHarness.repoRoot + "/transcripts"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".jsonl") }.sorted()
        XCTAssertGreaterThan(names.count, 5)
        let fixtures = ["pool-async.jsonl", "contention.jsonl"].map { BinaryHarness.repoRoot + "/Tests/Fixtures/" + $0 }
        return try (names.prefix(4).map { folder + "/" + $0 } + fixtures).map { ($0, TimelineBuilder.build(try TranscriptReader.read(path: $0))) }
    }

    /// The session after a find from `step` on `base` with an index of its own that holds its first `built`
    /// events, polled as the view polls; the index is finished only when the find can say nothing more without it.
    private func findBeforeReady(_ query: String, from step: Int, built: Int, forward: Int, in base: StepModel) -> StepSession {
        var model = base
        // Small blocks, so that a part-built index ends between blocks and inside them.
        model.searchIndex = SearchIndex(batch: 5)
        model.searchIndex.buildNow(model.searchTexts, upTo: built)
        var session = StepSession(step: step)
        session.startFind(query, in: model, forward: forward)
        // The view's own describing, as far as it goes without the index (each poll describes up to 50 ms).
        for _ in 0..<1_000 where session.finding != nil { session.continueFind(in: model) }
        if session.finding != nil {
            // Only a wrap to the steps before the index's reach is left: the index is finished, as its thread would.
            model.searchIndex.buildNow(model.searchTexts, upTo: model.count)
            for _ in 0..<1_000 where session.finding != nil { session.continueFind(in: model) }
        }
        XCTAssertNil(session.finding, "\(query) from \(step), \(built) indexed")
        // The state of the step landed on may still be on its way: the step is what is compared.
        session.arriving = nil
        return session
    }

    func testAFindBeforeTheIndexIsReadyLandsOnTheStepTheReadyIndexGives() throws {
        var compared = 0, matched = 0, wrapped = 0
        for (path, timeline) in try timelines() {
            let count = timeline.events.count
            // The find once the index is ready: every event indexed before it is sent.
            let base = StepModel(timeline: timeline, notes: [], capabilities: SteppingTestSupport.plain80)
            var ready = base
            ready.searchIndex = SearchIndex()
            ready.searchIndex.buildNow(ready.searchTexts, upTo: count)
            XCTAssertEqual(ready.searchIndex.indexedCount, count, path)
            for query in ["exit", "task", "put", "Queue#1", "→", "no such words anywhere"] {
                for step in Set([0, 3, count / 3, count / 2, count - 2, count - 1]) where step >= 0 {
                    var after = StepSession(step: step)
                    after.startFind(query, in: ready)
                    XCTAssertNil(after.finding, "a ready index answers at once: \(path) \(query)")
                    after.arriving = nil
                    for built in Set([0, 1, 7, step, step + 1, count / 2, count - 1]) where built <= count {
                        for forward in [0, 2, StepSession.forwardEvents] {
                            let before = findBeforeReady(query, from: step, built: built, forward: forward, in: base)
                            let label = "\(path) '\(query)' from \(step), \(built) of \(count) indexed, \(forward) forwards"
                            XCTAssertEqual(before.step, after.step, label)
                            XCTAssertEqual(before.message, after.message, label)
                            compared += 1
                        }
                    }
                    if after.step != step { matched += 1 }
                    if after.message == Phrase.msgWrapped.text() { wrapped += 1 }
                }
            }
        }
        XCTAssertGreaterThan(compared, 1_000)
        XCTAssertGreaterThan(matched, 20, "finds that land on a match")
        XCTAssertGreaterThan(wrapped, 3, "finds that wrap to the start")
    }

    /// On the first page of a long run (the view opens on it while the rest is read), a find with no match after
    /// the step on the page waits for the whole run, then lands where the whole run's index lands; a match on the
    /// page after the step is the nearest, and is landed on at once.
    func testAFindOnTheFirstPageLandsWhereTheWholeRunsIndexLands() throws {
        var waited = 0, atOnce = 0
        for path in ["pool-async.jsonl", "contention.jsonl"].map({ BinaryHarness.repoRoot + "/Tests/Fixtures/" + $0 }) {
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            let whole = StepModel(timeline: TimelineBuilder.build(try TranscriptReader.read(path: path), poolTasks: false),
                                  notes: [], capabilities: SteppingTestSupport.plain80)
            whole.searchIndex.buildNow(whole.searchTexts, upTo: whole.count)
            // The header and the first third of the events, as `Stepper.firstPage` cuts a long file.
            let cut = Array(lines.prefix(1 + (lines.count - 1) / 3).joined(separator: "\n").utf8) + [0x0A]
            var page = StepModel(timeline: TimelineBuilder.build(try TranscriptReader.parse(cut, file: path), poolTasks: false),
                                 notes: [], capabilities: SteppingTestSupport.plain80)
            page.isFirstPage = true
            XCTAssertLessThan(page.count, whole.count, path)
            for query in ["exit", "task", "put", "started", "no such words anywhere"] {
                for step in [0, page.count / 2, page.count - 1] {
                    var expected = StepSession(step: step)
                    expected.startFind(query, in: whole)
                    expected.arriving = nil
                    var session = StepSession(step: step)
                    session.startFind(query, in: page)
                    let label = "\(path) '\(query)' from \(step)"
                    if session.finding == nil {
                        // Answered on the page: a match after the step, the nearest.
                        atOnce += 1
                    } else {
                        XCTAssertEqual(session.step, step, label)
                        session.continueFind(in: page)
                        XCTAssertNotNil(session.finding, "still waiting for the whole run: \(label)")
                        // The whole run arrives (the view keeps the cursor on the same event).
                        session.keepEvent(from: page, to: whole)
                        for _ in 0..<10_000 where session.finding != nil { session.continueFind(in: whole) }
                        waited += 1
                    }
                    XCTAssertNil(session.finding, label)
                    session.arriving = nil
                    XCTAssertEqual(session.step, expected.step, label)
                    XCTAssertEqual(session.message, expected.message, label)
                }
            }
        }
        XCTAssertGreaterThan(waited, 5, "finds whose answer lies past the page")
        XCTAssertGreaterThan(atOnce, 2, "finds answered on the page")
    }
}
