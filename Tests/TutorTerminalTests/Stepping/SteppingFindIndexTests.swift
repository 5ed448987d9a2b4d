import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// What makes `/` find and a far jump cheap on a long run (the index's bytes made without a second string,
/// a waiting find that searches only what the index added since it last looked, checkpoints made on a thread
/// of their own, the task table made after the view opens) answers what the naive way answers, on recorded runs.
final class SteppingFindIndexTests: XCTestCase {
    private func timelines() throws -> [(String, Timeline)] {
        let folder = BinaryHarness.repoRoot + "/transcripts"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".jsonl") }.sorted()
        XCTAssertGreaterThan(names.count, 5)
        let fixtures = ["pool-async.jsonl", "contention.jsonl", "futures-vs-pool.jsonl", "zh-baozi.jsonl"].map { BinaryHarness.repoRoot + "/Tests/Fixtures/" + $0 }
        return try (names.map { folder + "/" + $0 } + fixtures).map { ($0, TimelineBuilder.build(try TranscriptReader.read(path: $0))) }
            + [("cased.jsonl", try cased())]
    }

    /// Prints whose text changes in lower case beyond A-Z (É, Ω, İ, Σ), beside arrows and Chinese that do not.
    private func cased() throws -> Timeline {
        let fixture = try String(contentsOfFile: BinaryHarness.repoRoot + "/Tests/Fixtures/pool-async.jsonl", encoding: .utf8)
        let header = String(fixture.prefix { $0 != "\n" })
        let texts = ["ÉCOLE → Ωmega", "İstanbul ✓ ΣΟΦΊΑ", "plain ASCII Exit", "包子 ▶ MIXED Ünïcode", "ß and ǅ"]
        let lines = texts.enumerated().map { offset, text in
            #"{"seq":\#(offset + 1),"t":\#((offset + 1) * 1000),"pid":1,"ppid":0,"process":"MainProcess","thread":"MainThread","kind":"print","text":"\#(text)"}"#
        }
        return TimelineBuilder.build(try TranscriptReader.parse(Array(([header] + lines).joined(separator: "\n").utf8) + [0x0A], file: "cased.jsonl"))
    }

    /// The first event after `step` whose words hold `query` in any case, else the first from the start: each
    /// event described and searched on its own.
    private func naiveFind(_ query: String, after step: Int, in model: StepModel) -> (step: Int, wrapped: Bool)? {
        let needle = query.lowercased()
        let texts = (0..<model.count).map { model.descriptions[$0] }
        let plain = texts.map { ANSIScanner.segments(of: $0).reduce(into: "") { text, segment in
            if case let .character(character) = segment { text.append(character) }
        }.lowercased() }
        if let found = plain.indices.first(where: { $0 > step && plain[$0].contains(needle) }) { return (found, false) }
        return plain.indices.first { $0 <= step && plain[$0].contains(needle) }.map { ($0, true) }
    }

    func testTheIndexBytesOfEachEventAreItsWordsLowerCased() throws {
        var events = 0, nonASCII = 0
        for (path, timeline) in try timelines() {
            for color in [false, true] {
                let model = StepModel(timeline: timeline, notes: [], capabilities: .init(color: color, unicode: true, width: 80, isInteractive: false))
                for texts in [model.searchTexts, model.descriptions] {
                    var bytes: [UInt8] = [0x41]
                    for index in texts.indices {
                        bytes.removeSubrange(1...)
                        texts.appendUTF8(of: index, to: &bytes)
                        let expected = Array(texts[index].utf8)
                        XCTAssertEqual(Array(bytes.dropFirst()), expected, "\(path) event \(index)")
                        if expected.contains(where: { $0 >= 0x80 }) { nonASCII += 1 }
                        events += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(events, 10_000)
        XCTAssertGreaterThan(nonASCII, 100, "rows with arrows, marks and Chinese text")
    }

    func testARowMayHoldANewlineWheneverItHoldsOne() throws {
        let samples = ["", "plain", "a\nb", "a\rb", "\r\n", "tab\tno", "v\u{0B}t", "f\u{0C}f", "nel\u{85}x", "ls\u{2028}", "ps\u{2029}",
                       "é", "中文", "→ ✓ ▶", "\u{2027}\u{202A}", "\u{C5}\u{85}"]
        // Each sample also at every offset of a longer row, before and after plain and marked text: the check reads
        // eight bytes at a time, and a newline must be seen in any byte of a word, across words, and in the tail.
        var padded: [String] = []
        for text in samples {
            for k in 0..<18 {
                let before = String(repeating: "x", count: k), after = String(repeating: "y", count: 17 - k)
                let marks = String(repeating: "→", count: k % 5), tail = String(repeating: "q", count: k)
                padded.append(before + text + after)
                padded.append(marks + "ab" + text + tail)
            }
        }
        for text in samples + padded {
            XCTAssertEqual(EventDescriber.mayHoldNewline(text), text.unicodeScalars.contains { (0x0A...0x0D).contains($0.value) || [0x85, 0x2028, 0x2029].contains($0.value) }, text.debugDescription)
            if text.contains(where: \.isNewline) { XCTAssertTrue(EventDescriber.mayHoldNewline(text), text.debugDescription) }
        }
        // Rows made from programs' own text: a row never keeps a newline.
        for (path, timeline) in try timelines() {
            let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: SteppingTestSupport.plain80))
            for index in timeline.events.indices {
                XCTAssertFalse(describer.describe(index).contains(where: \.isNewline), "\(path) event \(index)")
            }
        }
    }

    func testAFindOverAnIndexStillBeingBuiltLandsWhereTheNaiveSearchDoes() throws {
        var compared = 0, found = 0
        for (path, timeline) in try timelines() {
            var model = StepModel(timeline: timeline, notes: [], capabilities: SteppingTestSupport.plain80)
            // Small blocks: the index grows while the finds below poll it.
            model.searchIndex = SearchIndex(batch: 3)
            model.startIndexing()
            for query in ["exit", "TASK", "pool#1", "put", "Queue#1", "→", "✓", "包子", "école", "İSTANBUL", "σοφία", "1", "no such words anywhere"] {
                for step in Set([0, timeline.events.count / 3, timeline.events.count - 1]) {
                    var session = StepSession(step: step)
                    session.startFind(query, in: model)
                    let deadline = Date().addingTimeInterval(30)
                    // As the view does: the find waits for the index, then its answer for its state (the model's
                    // checkpoints are being made on their own thread too).
                    while session.finding != nil || session.arriving != nil, Date() < deadline {
                        usleep(200)
                        session.continueFind(in: model)
                        session.continueArriving(in: model)
                    }
                    XCTAssertNil(session.finding, path)
                    XCTAssertNil(session.arriving, path)
                    let expected = naiveFind(query, after: step, in: model)
                    XCTAssertEqual(session.step, expected?.step ?? step, "\(path) \(query) after \(step)")
                    if expected == nil { XCTAssertEqual(session.message, Phrase.msgNoMention.text(["query": query]), path) }
                    compared += 1
                    if expected != nil { found += 1 }
                }
            }
        }
        XCTAssertGreaterThan(compared, 500)
        XCTAssertGreaterThan(found, 200, "queries that match")
    }

    func testCheckpointsMadeOnTheirOwnThreadAreTheStatesOfApplyingEveryEventInOrder() throws {
        var compared = 0
        for (path, timeline) in try timelines() {
            var expected: [RunState] = []
            var plain = RunState()
            for index in timeline.events.indices {
                plain.apply(index, of: timeline)
                expected.append(plain)
            }
            // A checkpoint every 3 events: the thread and the questions below cross many, in any order.
            let replayer = StateReplayer(timeline: timeline, checkpointEvery: 3)
            replayer.prepareAll()
            let withTasks = StateReplayer(timeline: TimelineBuilder.addingPoolTasks(to: timeline), sharingCheckpointsOf: replayer)
            let order = timeline.events.indices.reversed().enumerated().map { $0.offset % 2 == 0 ? $0.element : timeline.events.count - 1 - $0.element }
            for step in order {
                XCTAssertEqual(replayer.state(after: step), expected[step], "\(path) step \(step)")
                XCTAssertEqual(withTasks.state(after: step), expected[step], "\(path) step \(step)")
                compared += 1
            }
            let deadline = Date().addingTimeInterval(30)
            while replayer.checkpointCount < timeline.events.count / 3 + 1, Date() < deadline { usleep(1_000) }
            XCTAssertEqual(replayer.checkpointCount, timeline.events.count / 3 + 1, path)
            XCTAssertEqual(replayer.state(after: -1), RunState(), path)
        }
        XCTAssertGreaterThan(compared, 5_000)
    }

    func testTheTaskTableAddedLaterIsTheOneTheBuildMakes() throws {
        var tasks = 0
        for (path, timeline) in try timelines() where path.hasPrefix("/") {
            let transcript = try TranscriptReader.read(path: path)
            let later = TimelineBuilder.addingPoolTasks(to: TimelineBuilder.build(transcript, poolTasks: false))
            XCTAssertEqual(later.tasks, timeline.tasks, path)
            XCTAssertEqual(later.events, timeline.events, path)
            tasks += later.tasks.count
        }
        XCTAssertGreaterThan(tasks, 50)
    }
}

