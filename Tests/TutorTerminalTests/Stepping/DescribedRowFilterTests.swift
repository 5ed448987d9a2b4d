import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The find's prefilter (`RowPrefilter`, with `DescribedRowFilter` for the rows put in words) never rules out a row
/// that holds the needle: on every event of the committed transcripts of `TranscriptSample` (every kind recorded
/// anywhere, the lessons' and fixtures' runs, one recording of each corpus program), in both languages, with and without
/// Unicode marks, a row ruled out for a one-byte needle does not hold that byte, for each of the 256 bytes. A
/// longer needle is ruled out for a row only by one of its bytes that the row's kind cannot hold outside its
/// values, so this covers every needle; and a find over random queries matches the same events with the
/// prefilter as by putting every row in words.
final class DescribedRowFilterTests: XCTestCase {
    func testARowRuledOutForAByteNeverHoldsIt() throws {
        let paths = TranscriptSample.chosen.paths
        XCTAssertGreaterThan(paths.count, TranscriptSample.chosen.all / TranscriptSample.stride - 100)
        var kinds = Set<String>()
        var ruledOut: [String: Int] = [:]
        for path in paths {
            let timeline = TimelineBuilder.build(try TranscriptReader.read(path: path))
            kinds.formUnion(timeline.events.map(\.kind))
            guard !timeline.events.isEmpty else { continue }
            for unicode in [true, false] {
                let texts = Self.texts(timeline, unicode: unicode)
                for language in Language.allCases {
                    Language.with(language) {
                        // Which rows hold each byte, lower-cased as the index holds it: only those can be ruled out wrongly.
                        var holding = [[Int]](repeating: [], count: 256)
                        var row: [UInt8] = [], seen = [Bool](repeating: false, count: 256)
                        for index in timeline.events.indices {
                            row.removeAll(keepingCapacity: true)
                            texts.appendUTF8(of: index, to: &row)
                            for byte in row where !seen[Int(byte)] {
                                seen[Int(byte)] = true
                                holding[Int(byte)].append(index)
                            }
                            for byte in row { seen[Int(byte)] = false }
                        }
                        for byte in 0..<256 where !holding[byte].isEmpty || byte == Int(UInt8(ascii: "x")) {
                            guard let prefilter = RowPrefilter(needle: [UInt8(byte)], writer: texts.writer) else { continue }
                            for index in holding[byte] where prefilter.rulesOut(index) {
                                XCTFail("\(path) event \(index) byte \(byte) \(language) unicode \(unicode): " + texts.describer.describe(index))
                            }
                            if byte == Int(UInt8(ascii: "x")) {
                                for index in timeline.events.indices where prefilter.rulesOut(index) {
                                    ruledOut[timeline.events[index].kind, default: 0] += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        // Every kind recorded in any committed transcript was described here (the sample lost none).
        XCTAssertTrue(TranscriptSample.chosen.kinds.isSubset(of: kinds), "\(TranscriptSample.chosen.kinds.subtracting(kinds).sorted())")
        XCTAssertGreaterThan(kinds.count, 150)
        // The rows the describer puts in words are ruled out too (the check above is not empty for them).
        for kind in ["pool.submit", "pool.callback", "pool.callback.end", "pool.get", "pool.wait", "print", "future.submit",
                     "future.start", "future.end", "future.result", "future.wait", "future.waited", "pipe.send", "pipe.recv",
                     "pipe.wait", "event.set", "event.clear", "event.wait", "event.wake", "condition.wait", "condition.wake",
                     "condition.notify"] {
            XCTAssertGreaterThan(ruledOut[kind] ?? 0, 5, kind)
        }
    }

    /// The sample's transcripts (`TranscriptSample`), both languages: for queries drawn from the rows and made up, the events whose words
    /// hold the query are those the prefilter leaves and the words then hold.
    func testTheEventsMatchedWithThePrefilterAreThoseMatchedInWords() throws {
        var random = SplitMix(seed: 10)
        var compared = 0, matched = 0
        for path in TranscriptSample.chosen.paths {
            let timeline = TimelineBuilder.build(try TranscriptReader.read(path: path))
            guard timeline.events.count > 1 else { continue }
            let texts = Self.texts(timeline, unicode: random.below(4) != 0)
            for language in Language.allCases {
                Language.with(language) {
                    var rows: [[UInt8]] = []
                    for index in timeline.events.indices {
                        var row: [UInt8] = []
                        texts.appendUTF8(of: index, to: &row)
                        rows.append(row)
                    }
                    for query in queries(rows, &random) {
                        let needle = Array(query.lowercased().utf8)
                        guard let prefilter = RowPrefilter(needle: needle, writer: texts.writer) else { continue }
                        for index in rows.indices {
                            let inWords = rows[index].withUnsafeBytes { text in needle.withUnsafeBytes { SearchIndex.search($0, in: text) } } != nil
                            XCTAssertEqual(!prefilter.rulesOut(index) && inWords, inWords, "\(path) event \(index) '\(query)' \(language)")
                            compared += 1
                            if inWords { matched += 1 }
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(matched, compared / 50)
    }
}

private extension DescribedRowFilterTests {
    /// The search's words of `timeline`: no colour, lower-cased, as `StepModel.Search` makes them.
    static func texts(_ timeline: Timeline, unicode: Bool) -> EventTexts {
        let painter = Painter(capabilities: .init(color: false, unicode: unicode, width: 80, isInteractive: false))
        return EventTexts(describer: EventDescriber(timeline: timeline, painter: painter), lowercased: true)
    }

    /// Pieces of the rows (as shown and upper-cased) and words that may be anywhere.
    func queries(_ rows: [[UInt8]], _ random: inout SplitMix) -> [String] {
        var out = ["exit", "x", "sent", "µs", "结果", "#1", "zzz"]
        for _ in 0..<4 {
            let text = Array(String(decoding: rows[random.below(rows.count)], as: UTF8.self))
            guard !text.isEmpty else { continue }
            let from = random.below(text.count)
            let piece = String(text[from..<min(text.count, from + 1 + random.below(10))])
            out.append(random.below(3) == 0 ? piece.uppercased() : piece)
        }
        let letters = Array("aeiostxw .#()→0123_")
        for _ in 0..<2 { out.append(String((0..<(1 + random.below(3))).map { _ in letters[random.below(letters.count)] })) }
        return out.filter { !$0.isEmpty }
    }
}
