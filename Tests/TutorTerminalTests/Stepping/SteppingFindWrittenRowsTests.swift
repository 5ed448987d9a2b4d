import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A find sent before the search index is ready matches rows written straight into bytes (`FrequentRowWriter`),
/// and the index is built from them too: it lands where describing every event in words and searching the
/// words lands (the rows the prefilter rules out unwritten too), for queries drawn at random from the rows themselves (any case, any length, across a row's
/// pieces) and made up, on corpus runs of every kind, in both languages.
final class SteppingFindWrittenRowsTests: XCTestCase {
    /// The queries of one run: pieces of its rows' words (as shown and upper-cased), and words that may be anywhere.
    private func queries(_ model: StepModel, _ random: inout SplitMix) -> [String] {
        var out = ["exit", "task", "→", "got", "put", "acquired", "释放", "结果", "Queue#1", "TASK 0.1", "zzz no such words"]
        for _ in 0..<8 {
            let text = Array(model.descriptions[random.below(model.count)])
            guard !text.isEmpty else { continue }
            let from = random.below(text.count)
            let piece = String(text[from..<min(text.count, from + 1 + random.below(14))])
            out.append(random.below(3) == 0 ? piece.uppercased() : piece)
        }
        let letters = Array("aeiostx .#()→0123")
        for _ in 0..<4 { out.append(String((0..<(1 + random.below(4))).map { _ in letters[random.below(letters.count)] })) }
        return out.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty || $0 == " " }
    }

    func testAFindOnWrittenRowsLandsWhereDescribingEveryRowLands() throws {
        var random = SplitMix(seed: 12)
        let all = try FrequentRowWriterTests.transcriptPaths()
        // Runs full of the rows the writer writes (pools, locks, queues), of the rows the prefilter rules out unwritten
        // (`DescribedRowFilter`: futures, pipes, events, conditions, prints, callbacks), and a sample of the rest.
        let frequent = all.filter { $0.contains("pool") || $0.contains("lock") || $0.contains("queue") }
        var paths = Set((0..<9).map { _ in frequent[random.below(frequent.count)] })
        let described = all.filter { path in ["future", "executor", "pipe", "event", "condition", "print", "callback", "apply"].contains { path.contains($0) } }
        for _ in 0..<6 { paths.insert(described[random.below(described.count)]) }
        for _ in 0..<3 { paths.insert(all[random.below(all.count)]) }
        var compared = 0, matched = 0, wrapped = 0
        for path in paths.sorted() {
            let timeline = TimelineBuilder.build(try TranscriptReader.read(path: path))
            guard timeline.events.count > 2 else { continue }
            for language in Language.allCases {
                try Language.with(language) {
                    let base = StepModel(timeline: timeline, notes: [], capabilities: SteppingTestSupport.plain80)
                    for query in queries(base, &random) {
                        for step in Set([0, random.below(base.count), base.count - 1]) {
                            // Describing every event and searching its words (no index begun).
                            let naive = base.find(query, after: step)
                            var session = try findBeforeReady(query, from: step, in: base, random: &random)
                            session.arriving = nil
                            let label = "\(path) \(language) '\(query)' from \(step)"
                            XCTAssertEqual(session.step, naive?.step ?? step, label)
                            XCTAssertEqual(session.message == Phrase.msgWrapped.text(), naive?.wrapped == true && naive?.step != step, label)
                            compared += 1
                            if naive != nil { matched += 1 }
                            if naive?.wrapped == true { wrapped += 1 }
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(compared, 600)
        XCTAssertGreaterThan(matched, compared / 3)
        XCTAssertGreaterThan(wrapped, 20)
    }

    /// The session after a find from `step` with an index of its own held part-built at a random event, polled
    /// as the view polls; the index is finished only when the find can say nothing more without it.
    private func findBeforeReady(_ query: String, from step: Int, in base: StepModel, random: inout SplitMix) throws -> StepSession {
        var model = base
        model.searchIndex = SearchIndex(batch: 1 + random.below(40))
        model.searchIndex.buildNow(model.searchTexts, upTo: random.below(model.count + 1))
        var session = StepSession(step: step)
        session.startFind(query, in: model, forward: random.below(3) == 0 ? 0 : StepSession.forwardEvents)
        for _ in 0..<1_000 where session.finding != nil { session.continueFind(in: model) }
        if session.finding != nil {
            model.searchIndex.buildNow(model.searchTexts, upTo: model.count)
            for _ in 0..<1_000 where session.finding != nil { session.continueFind(in: model) }
        }
        XCTAssertNil(session.finding, "\(query) from \(step)")
        return session
    }
}

extension SteppingFindWrittenRowsTests {
    /// Round 13: a task's args that are not a tuple are shown after a `*` (`square(*5)`), a character in neither the
    /// row's fixed words nor its recorded args: a find for it must not be ruled out by the prefilters.
    func testAFindForTheStarOfArgsThatAreNotATupleLandsOnItsRows() throws {
        let path = BinaryHarness.repoRoot + "/corpus/transcripts/r13_apply_async_args_not_tuple--fork.jsonl"
        let timeline = TimelineBuilder.build(try TranscriptReader.read(path: path))
        var random = SplitMix(seed: 13)
        let base = StepModel(timeline: timeline, notes: [], capabilities: SteppingTestSupport.plain80)
        for query in ["(*5)", "(*'hey')", "e(*"] {
            let naive = base.find(query, after: 0)
            XCTAssertNotNil(naive, query)
            let session = try findBeforeReady(query, from: 0, in: base, random: &random)
            XCTAssertEqual(session.step, naive?.step, query)
        }
    }
}
