import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// The file reader reads in blocks: every case here is read both from a file and from bytes in memory,
/// and must give the same transcript or the same error, also where lines straddle blocks.
final class TranscriptReaderFileTests: XCTestCase {
    private let headerLine = #"{"format":"mp-tutor-transcript","version":1,"lesson":null,"variant":null,"command":["x.py"],"python":"3.11.7","start_method":"fork","platform":"linux","cpus":2,"mptutor_version":"0.1.0","recorded_at":"2026-01-01T00:00:00Z","parameters":{}}"#

    private func event(_ seq: Int, process: String = "ForkPoolWorker-12", extra: String = #","job":3,"index":7,"ok":true"#) -> String {
        #"{"seq":\#(seq),"t":\#(seq * 1000),"pid":10,"ppid":1,"process":"\#(process)","thread":"Thread-3 (_handle_results)","kind":"pool.task.end","object":"Pool#1"\#(extra)}"#
    }

    private func trailer(count: Int) -> String {
        #"{"trailer":true,"complete":true,"event_count":\#(count),"counts":{"pool.task.end":\#(count)},"lost_events":0,"silent_processes":[],"run":{"exit_code":0,"signal":null,"timed_out":false,"interrupted":false,"timeout_seconds":30.0,"duration_ns":5000,"leftover_pids":[]}}"#
    }

    func testManyBlocksReadAsInMemory() throws {
        // About 2.5 blocks of lines, so that lines straddle block ends.
        var lines = [headerLine]
        var size = 0
        var seq = 0
        while size < TranscriptReader.blockBytes * 5 / 2 {
            seq += 1
            lines.append(event(seq, extra: #","job":\#(seq),"index":0,"ok":true,"result":"\#(String(repeating: "r", count: seq % 300))""#))
            size += lines.last!.utf8.count + 1
        }
        lines.append(trailer(count: seq))
        let result = try readBothWays(Array((lines.joined(separator: "\n") + "\n").utf8))
        let transcript = try result.get()
        XCTAssertEqual(transcript.events.count, seq)
        XCTAssertEqual(transcript.problems, [])
        XCTAssertEqual(transcript.events.last?.int("job"), Int64(seq))
    }

    func testNamesAreSharedBetweenEvents() throws {
        let text = [headerLine, event(1), event(2), trailer(count: 2)].joined(separator: "\n") + "\n"
        let events = try readBothWays(Array(text.utf8)).get().events
        // Names longer than 15 bytes live on the heap: the same text read twice is one storage.
        func storage(_ s: String) -> UnsafeRawPointer? {
            var copy = s
            return copy.withUTF8 { UnsafeRawPointer($0.baseAddress) }
        }
        XCTAssertEqual(storage(events[0].process), storage(events[1].process))
        XCTAssertEqual(storage(events[0].thread), storage(events[1].thread))
        XCTAssertEqual(events[1].process, "ForkPoolWorker-12")
    }

    func testRepeatedKeysKeepTheirLastValueAsBefore() throws {
        let text = [headerLine, #"{"seq":1,"t":5,"pid":10,"kind":"a","kind":"b","x":1,"y":2,"x":3,"seq":2}"#, trailer(count: 1)]
            .joined(separator: "\n") + "\n"
        let event = try readBothWays(Array(text.utf8)).get().events[0]
        XCTAssertEqual(event.seq, 2)
        XCTAssertEqual(event.kind, "b")
        XCTAssertEqual(event.fields, JSONObject([("x", .int(3)), ("y", .int(2))]))
    }

    func testStringsStillSanitizedAndEscapesRead() throws {
        let line = #"{"seq":1,"t":5,"pid":10,"process":"Evil\u001b]0;x\u0007","kind":"print","te\tx":"a\u001b[2Jb","\u006bind":"k"}"#
        let text = [headerLine, line, trailer(count: 1)].joined(separator: "\n") + "\n"
        let event = try readBothWays(Array(text.utf8)).get().events[0]
        XCTAssertEqual(event.process, "Evil\u{241B}]0;x\u{2407}")
        XCTAssertEqual(event.kind, "k") // an escaped fixed key is still that key
        XCTAssertEqual(event.fields.members.map(\.key), ["te x"])
        XCTAssertEqual(event.string("te x"), "a\u{241B}[2Jb")
    }

    func testLineLongerThanABlockIsRefusedWithItsNumberAndLength() throws {
        let filler = String(repeating: "x", count: TranscriptReader.blockBytes + 10)
        let line = event(2, extra: #","text":"\#(filler)""#)
        let text = [headerLine, event(1), line, trailer(count: 2)].joined(separator: "\n") + "\n"
        guard case let .failure(failure) = try readBothWays(Array(text.utf8)) else { return XCTFail("a huge line was read") }
        let message = failure.message
        XCTAssertTrue(message.hasPrefix("3: the line is \(line.utf8.count) bytes long"), message)
    }

    func testBlankLineLongerThanABlockIsSkippedAsBefore() throws {
        let blank = String(repeating: " ", count: TranscriptReader.blockBytes + 10)
        let text = [headerLine, event(1), blank, event(2), trailer(count: 2)].joined(separator: "\n") + "\n"
        XCTAssertEqual(try readBothWays(Array(text.utf8)).get().events.count, 2)
        let last = [headerLine, event(1), trailer(count: 1), blank].joined(separator: "\n")
        XCTAssertEqual(try readBothWays(Array(last.utf8)).get().events.count, 1)
    }

    func testCutOffLastLineAndCRLFAndNoFinalNewline() throws {
        let cut = [headerLine, event(1), String(event(2).prefix(40))].joined(separator: "\n")
        let transcript = try readBothWays(Array(cut.utf8)).get()
        XCTAssertEqual(transcript.events.count, 1)
        XCTAssertEqual(transcript.problems.first?.contains("line (3) was cut off"), true)
        let crlf = [headerLine, event(1), trailer(count: 1)].joined(separator: "\r\n")
        XCTAssertEqual(try readBothWays(Array(crlf.utf8)).get().problems, [])
    }

    func testErrorsNameTheSameLineBothWays() throws {
        let cases: [[UInt8]] = [
            [], Array("\n\n  \n".utf8), [0x7B, 0x00, 0x7D],
            Array(([headerLine, event(1), "[1,2]", trailer(count: 1)].joined(separator: "\n") + "\n").utf8),
            Array(([headerLine, event(2), event(1)].joined(separator: "\n") + "\n").utf8),
            Array(([headerLine, #"{"seq":1,"t":5,"pid":99999999999,"kind":"a"}"#].joined(separator: "\n") + "\n").utf8),
            Array(([headerLine, trailer(count: 0), event(1)].joined(separator: "\n") + "\n").utf8),
            Array((headerLine + "\n").utf8) + Array(#"{"seq":1,"t":1,"pid":1,"kind":"print","text":"a"#.utf8) + [0xC3, 0x28] + Array("\"}\n".utf8),
        ]
        for bytes in cases {
            guard case .failure = try readBothWays(bytes) else { return XCTFail("read: \(String(decoding: bytes, as: UTF8.self).prefix(80))") }
        }
    }
}
