import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// A file's blocks are decoded on two threads (`AheadStretches`): each block cut into stretches, decoded by either
/// thread or read by the reader's own, then taken in order. Every case here puts a line that is not a plain event (an
/// error, the trailer, an escape, blank lines, a line too long) at places on both sides of where stretches meet, and reads the file and the same bytes in memory
/// (one thread, line by line): the same transcript or the same error on the same line.
final class TranscriptReaderAheadTests: XCTestCase {
    private let headerLine = #"{"format":"mp-tutor-transcript","version":1,"lesson":null,"variant":null,"command":["x.py"],"python":"3.11.7","start_method":"fork","platform":"linux","cpus":2,"mptutor_version":"0.1.0","recorded_at":"2026-01-01T00:00:00Z","parameters":{}}"#

    private func event(_ seq: Int, t: Int? = nil, extra: String = "") -> String {
        t == nil && extra.isEmpty && seq < Self.plainEvents.count ? Self.plainEvents[seq] : Self.event(seq, t: t, extra: extra)
    }

    /// The plain event lines of the files, made once for the class (CI 27: each of the 180-odd files was made anew,
    /// line by line, 5,000 lines each).
    private static let plainEvents: [String] = (0...(TranscriptReader.aheadFromBytes * 5 / 4 / 100)).map { event($0) }

    private static func event(_ seq: Int, t: Int? = nil, extra: String = "") -> String {
        // Names that differ along the file, so that each thread numbers some first.
        #"{"seq":\#(seq),"t":\#(t ?? seq * 1000),"pid":\#(10 + seq % 7),"ppid":1,"process":"ForkPoolWorker-\#(seq % 97)","thread":"MainThread","kind":"pool.task.end","object":"Pool#\#(seq % 13)","job":\#(seq),"index":0,"ok":true,"result":"r\#(seq % 1009)"\#(extra)}"#
    }

    private func trailer(count: Int) -> String {
        #"{"trailer":true,"complete":true,"event_count":\#(count),"counts":{},"lost_events":0,"silent_processes":[],"run":{"exit_code":0,"signal":null,"timed_out":false,"interrupted":false,"timeout_seconds":30.0,"duration_ns":5000,"leftover_pids":[]}}"#
    }

    /// A little over the size from which a block is shared: the whole file is one block (the first test reads several).
    private var lineCount: Int { TranscriptReader.aheadFromBytes * 5 / 4 / (event(1_000).utf8.count + 1) }

    /// The file's lines with `odd` in place of event line `at` (counted from 1 after the header), and the outcome both
    /// ways, compared.
    private func readWith(_ odd: (Int) -> [String], at: Int, lines count: Int? = nil,
                          file: StaticString = #filePath, line: UInt = #line) throws -> Result<Transcript, TranscriptReadFailure> {
        let count = count ?? lineCount
        var lines = [headerLine]
        for seq in 1...count { lines += seq == at ? odd(seq) : [event(seq)] }
        lines.append(trailer(count: count))
        return try readBothWays(Array((lines.joined(separator: "\n") + "\n").utf8), file: file, line: line)
    }

    /// Event lines on both sides of where stretches meet (the first, the middle and the last such place of the
    /// block, `AheadStretches.count` stretches), and at the block's ends.
    private var places: [Int] {
        let count = AheadStretches.count
        let meets = [1, count / 2, count - 1].map { lineCount * $0 / count }
        return [2] + meets.flatMap { Array($0 - 2...$0 + 2) } + [lineCount * 3 / 4, lineCount - 1, lineCount]
    }

    func testTheFileIsReadAsLineByLine() throws {
        // Over two blocks and a half: blocks shared one after the other, lines straddling their ends.
        let count = TranscriptReader.blockBytes * 5 / 2 / event(10_000).utf8.count
        let transcript = try readWith({ [self.event($0)] }, at: 0, lines: count).get()
        XCTAssertEqual(transcript.events.count, count)
        XCTAssertEqual(transcript.problems, [])
        XCTAssertEqual(transcript.events.map(\.seq), Array(1...count))
    }

    func testAnErrorNamesItsLineWhereverItLies() throws {
        let breaks: [(Int) -> [String]] = [
            { _ in ["[1,2]"] },                                            // not an object
            { [self.event($0).replacingOccurrences(of: "\"ok\"", with: "\"ok")] },  // not JSON
            { [self.event($0 - 1)] },                                      // seq goes back
            { [self.event($0, t: 1)] },                                    // time goes back
            { [self.event($0, extra: ",\"chunks\":99999999")] },           // a number out of range
            { [self.trailer(count: $0 - 1), self.event($0)] },            // a line after the trailer
            { ["", "  ", self.event($0), "[]"] },                           // blank lines, then an error
            { [self.event($0, extra: ",\"text\":\"" + String(repeating: "x", count: TranscriptReader.maxLineBytes) + "\"")] },  // too long
        ]
        for (n, odd) in breaks.enumerated() {
            for place in places {
                guard case let .failure(failure) = try readWith(odd, at: place) else {
                    return XCTFail("break \(n) at event line \(place) was read")
                }
                XCTAssertFalse(failure.message.hasPrefix("-"), "break \(n) at \(place): \(failure.message)")
            }
        }
    }

    func testLinesReadTheGeneralWayAmongDecodedOnes() throws {
        let general: [(Int) -> [String]] = [
            { [self.event($0, extra: #","text":"a\"b\u00e9\u001b"#  + "\"")] },   // escapes
            { [" " + self.event($0)] },                                     // white space
            { [self.event($0), "", "\t"] },                                 // blank lines after it
            { [self.event($0, extra: "," + String(repeating: "\"k\":1,", count: 20) + "\"z\":2")] },  // repeated keys
            { [self.event($0, extra: ",\"chunks\":1048576,\"count\":65536")] },  // repeats counted
        ]
        for (n, odd) in general.enumerated() {
            for place in places {
                let transcript = try readWith(odd, at: place).get()
                XCTAssertEqual(transcript.events.count, lineCount, "case \(n) at \(place)")
            }
        }
    }

    func testTheRepeatBudgetIsCrossedOnTheSameLine() throws {
        // Each of three lines in a row repeats 2^20 times: the budget (2^21) is passed on the third, wherever it lies.
        for place in places where place > 2 {
            var lines = [headerLine]
            for seq in 1...lineCount {
                lines.append(event(seq, extra: (place - 2...place).contains(seq) ? ",\"chunks\":1048576" : ""))
            }
            guard case let .failure(failure) = try readBothWays(Array((lines.joined(separator: "\n") + "\n").utf8)) else {
                return XCTFail("the budget held at \(place)")
            }
            XCTAssertTrue(failure.message.hasPrefix("\(place + 1):"), failure.message)
        }
    }
}
