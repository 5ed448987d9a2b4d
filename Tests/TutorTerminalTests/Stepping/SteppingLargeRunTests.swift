import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// What the step view keeps compact for long runs (links as pairs, the search index, the first page)
/// answers exactly what the plain forms answered, on recorded runs.
final class SteppingLargeRunTests: XCTestCase {
    private func timelines() throws -> [(String, Timeline)] {
        let folder = BinaryHarness.repoRoot + "/transcripts"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".jsonl") }.sorted()
        XCTAssertGreaterThan(names.count, 5)
        let fixtures = ["pool-async.jsonl", "contention.jsonl"].map { BinaryHarness.repoRoot + "/Tests/Fixtures/" + $0 }
        return try (names.map { folder + "/" + $0 } + fixtures).map { ($0, TimelineBuilder.build(try TranscriptReader.read(path: $0))) }
    }

    func testTheLinkIndexGivesEachEventTheLinksTheLinkerFound() throws {
        var checked = 0
        for (path, timeline) in try timelines() {
            let links = CausalLinker.links(in: timeline)
            let byEffect = Dictionary(grouping: links, by: \.effect), byCause = Dictionary(grouping: links, by: \.cause)
            let index = CausalLinkIndex(timeline: timeline)
            for event in timeline.events.indices {
                XCTAssertEqual(index.links(effect: event), byEffect[event] ?? [], "\(path) event \(event)")
                XCTAssertEqual(index.count(cause: event), byCause[event]?.count ?? 0, "\(path) event \(event)")
                XCTAssertEqual(index.links(cause: event, limit: 3), Array((byCause[event] ?? []).prefix(3)), "\(path) event \(event)")
            }
            checked += links.count
        }
        XCTAssertGreaterThan(checked, 100, "the runs have links to compare")
    }

    func testFindAnswersTheSameFromTheIndexAsByDescribingEachEvent() throws {
        for (path, timeline) in try timelines().prefix(6) {
            let plain = StepModel(timeline: timeline, notes: [], capabilities: SteppingTestSupport.plain80)
            let indexed = StepModel(timeline: timeline, notes: [], capabilities: SteppingTestSupport.plain80)
            indexed.startIndexing()
            let deadline = Date().addingTimeInterval(30)
            while indexed.searchIndex.indexedCount < timeline.events.count, Date() < deadline { usleep(10_000) }
            XCTAssertEqual(indexed.searchIndex.indexedCount, timeline.events.count, path)
            // Words from the run's own descriptions, a few in upper case, and one that is nowhere.
            var queries = ["EXIT", "task", "put", "lock", "no such words anywhere", "→", "Process-"]
            queries += stride(from: 0, to: timeline.events.count, by: max(1, timeline.events.count / 5)).compactMap {
                plain.searchTexts[$0].split(separator: " ").last.map(String.init)
            }
            for query in queries {
                for step in [-1, 0, timeline.events.count / 2, timeline.events.count - 1] {
                    let expected = naiveFind(query, after: step, in: plain)
                    let found = indexed.find(query, after: step)
                    XCTAssertEqual(found?.step, expected?.step, "\(path) \(query) after \(step)")
                    XCTAssertEqual(found?.wrapped, expected?.wrapped, "\(path) \(query) after \(step)")
                }
            }
        }
    }

    /// The search as it was: every event described in turn.
    private func naiveFind(_ text: String, after step: Int, in model: StepModel) -> (step: Int, wrapped: Bool)? {
        let needle = text.lowercased()
        for offset in 1...model.count {
            let candidate = (step + offset) % model.count
            if model.searchTexts[candidate].contains(needle) { return (candidate, step + offset >= model.count) }
        }
        return nil
    }

    func testTheCursorStaysOnItsEventWhenTheWholeRunReplacesTheFirstPage() throws {
        let path = BinaryHarness.repoRoot + "/Tests/Fixtures/pool-async.jsonl"
        let whole = try TranscriptReader.read(path: path)
        let page = Transcript(header: whole.header, events: Array(whole.events.prefix(20)), trailer: nil, problems: [])
        let first = StepModel(timeline: TimelineBuilder.build(page), notes: [], capabilities: SteppingTestSupport.plain80)
        let all = StepModel(timeline: TimelineBuilder.build(whole), notes: [], capabilities: SteppingTestSupport.plain80)
        for step in [0, 7, 19] {
            var session = StepSession(step: step)
            session.keepEvent(from: first, to: all)
            XCTAssertEqual(all.timeline.events[session.step].seq, first.timeline.events[step].seq)
        }
    }
}
