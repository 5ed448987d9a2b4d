import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// The bytes `FrequentRowWriter` writes for a row are the describer's words for it, byte for byte, on every event of
/// the committed transcripts of `TranscriptSample` (the lessons', the fixtures, one recording of each corpus program
/// and one of each kind the rest holds), in both languages, with and without Unicode marks; and rows it leaves to the
/// describer are left whole (nothing written).
final class FrequentRowWriterTests: XCTestCase {
    /// Every committed transcript: the corpus's, the lessons' and the test fixtures.
    static func transcriptPaths() throws -> [String] {
        let root = BinaryHarness.repoRoot
        var paths: [String] = []
        for folder in ["corpus/transcripts", "transcripts", "Tests/Fixtures"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root + "/" + folder).filter { $0.hasSuffix(".jsonl") }
            paths += names.sorted().map { root + "/" + folder + "/" + $0 }
        }
        return paths
    }

    func testEveryRowWrittenIsTheDescribersWordsByteForByte() throws {
        let paths = TranscriptSample.chosen.paths
        XCTAssertGreaterThan(TranscriptSample.chosen.all, 800)
        XCTAssertGreaterThan(paths.count, TranscriptSample.chosen.all / TranscriptSample.stride - 100)
        var written: [String: Int] = [:], left = 0
        for path in paths {
            let timeline = TimelineBuilder.build(try TranscriptReader.read(path: path))
            for unicode in [true, false] {
                let painter = Painter(capabilities: .init(color: false, unicode: unicode, width: 80, isInteractive: false))
                let describer = EventDescriber(timeline: timeline, painter: painter)
                let writer = FrequentRowWriter(describer: describer)
                for language in Language.allCases {
                    Language.with(language) {
                        var bytes: [UInt8] = [0x41]
                        for index in timeline.events.indices {
                            bytes.removeSubrange(1...)
                            if writer.write(index, to: &bytes) {
                                XCTAssertEqual(Array(bytes.dropFirst()), Array(describer.describe(index).utf8),
                                               "\(path) event \(index) \(language) unicode \(unicode)")
                                written[timeline.events[index].kind, default: 0] += 1
                            } else {
                                XCTAssertEqual(bytes, [0x41], "nothing written for a row left to the describer: \(path) \(index)")
                                left += 1
                            }
                        }
                    }
                }
            }
        }
        // Every kind the writer knows was met many times, in both languages (the comparison above is not empty).
        for kind in ["pool.task.start", "pool.task.end", "pool.result", "lock.wait", "lock.acquire", "lock.release", "queue.put", "queue.get"] {
            XCTAssertGreaterThan(written[kind] ?? 0, 200, kind)
        }
        XCTAssertGreaterThan(left, 1_000)
    }

    /// Values made to test the cases a row cuts by characters or shows a newline in: a tuple whose brackets hold a
    /// combining mark or a prepended character, a result with a newline, a task of a negative or large number.
    func testValuesThatCutByCharactersOrHoldANewlineAreWrittenAsDescribed() throws {
        let header = String(try String(contentsOfFile: BinaryHarness.repoRoot + "/Tests/Fixtures/pool-async.jsonl", encoding: .utf8)
            .prefix { $0 != "\n" })
        let argsValues = [#"(1,)"#, #"()"#, #"("#, #")"#, #"(\u0301)"#, #"(\u0600,)"#, #"(1,\u0301)"#, #"x"#, #"(é, 'Ω',)"#, #"(1\n2,)"#, #"(\r\n)"#, ""]
        var lines: [String] = []
        var seq = 0
        func add(_ kind: String, _ fields: String) {
            seq += 1
            lines.append(#"{"seq":\#(seq),"t":\#(seq * 1000),"pid":1,"ppid":0,"process":"MainProcess","thread":"MainThread","kind":"\#(kind)"\#(fields)}"#)
        }
        for (k, args) in argsValues.enumerated() {
            for call in ["", #","call":true"#, #","items":\#(k)"#] {
                add("pool.task.start", #","job":\#(k - 3),"index":\#(k * 999_999_999),"function":"f\u00C9\#(k)","args":"\#(args)""# + call)
            }
            add("pool.task.end", #","job":\#(k),"index":\#(k),"ok":true,"result":"\#(args)""#)
            add("pool.result", #","job":\#(k),"index":-\#(k),"ok":true"#)
            add("queue.put", #","object":"Queue#\#(k)","item":"\#(args)","waited_ns":\#(k * 700_000)"#)
            add("queue.get", #","object":"Queue#\#(k)","item":"\#(args)","waited_ns":\#(k * 700_000)"#)
            add("lock.acquire", #","object":"Lock#\#(k)","count":\#(k),"waited_ns":\#(k * 900_000)"#)
            add("lock.release", #","object":"Lock#\#(k)","count":\#(k)"#)
        }
        let timeline = TimelineBuilder.build(try TranscriptReader.parse(Array(([header] + lines).joined(separator: "\n").utf8) + [0x0A], file: "made.jsonl"))
        XCTAssertEqual(timeline.events.count, lines.count)
        var written = 0
        for unicode in [true, false] {
            let describer = EventDescriber(timeline: timeline, painter: Painter(capabilities: .init(color: false, unicode: unicode, width: 80, isInteractive: false)))
            let writer = FrequentRowWriter(describer: describer)
            for language in Language.allCases {
                Language.with(language) {
                    for index in timeline.events.indices {
                        var bytes: [UInt8] = []
                        if writer.write(index, to: &bytes) {
                            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), describer.describe(index), "event \(index) \(language)")
                            written += 1
                        } else {
                            XCTAssertEqual(bytes, [])
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(written, lines.count * 2)
    }
}
