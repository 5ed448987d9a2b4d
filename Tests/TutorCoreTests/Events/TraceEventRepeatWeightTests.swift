import XCTest
@testable import TutorCore

/// An event's weight in the repeat budget, read in one pass over its fields (`TraceEvent.repeatWeight`), is what
/// reading `chunks` and `count` one by one gives: for lines the scanner takes, lines read the general way (escapes,
/// repeated keys, fractions, strings, negatives) and events made in code.
final class TraceEventRepeatWeightTests: XCTestCase {
    private let header = #"{"format":"mp-tutor-transcript","version":1,"lesson":null,"variant":null,"command":["x.py"],"python":"3.11.7","start_method":"fork","platform":"linux","cpus":2,"mptutor_version":"0.1.0","recorded_at":"2026-01-01T00:00:00Z","parameters":{}}"#

    private func line(_ seq: Int, _ extra: String) -> String {
        #"{"seq":\#(seq),"t":\#(seq * 1000),"pid":10,"ppid":1,"process":"MainProcess","thread":"MainThread","kind":"pool.submit","object":"Pool#1","job":\#(seq)\#(extra)}"#
    }

    func testTheWeightIsTheSumOfChunksAndCountReadOneByOne() throws {
        let extras = [
            "", #","chunks":4"#, #","count":-3"#, #","chunks":7,"count":2"#, #","count":5,"chunks":6"#,
            #","chunks":2.0"#, #","chunks":"9","count":true"#, #","chunks":null"#,
            #","chunks":3,"chunks":8"#, #","count":1,"x":"a\u00e9","count":4"#, #","chunks":[1],"count":{"a":1}"#,
            #","items":[1,2],"chunks":1048576,"count":65536,"method":"map""#,
        ]
        var lines = [header]
        for (n, extra) in extras.enumerated() { lines.append(line(n + 1, extra)) }
        let transcript = try TranscriptReader.parse(Array(lines.joined(separator: "\n").utf8), file: "t.jsonl")
        XCTAssertEqual(transcript.events.count, extras.count)
        var made = transcript.events
        made.append(TraceEvent(seq: 99, t: 1, pid: 1, ppid: 0, process: "MainProcess", thread: "MainThread", kind: .lockAcquire,
                               fields: JSONObject([("count", .int(-12)), ("chunks", .double(3))])))
        // a negative or fractional chunks is refused by the reader (guard 25's range checks), so these are made here
        made.append(TraceEvent(seq: 98, t: 1, pid: 1, ppid: 0, process: "MainProcess", thread: "MainThread", kind: .poolSubmit,
                               fields: JSONObject([("count", .int(5)), ("chunks", .int(-6))])))
        made.append(TraceEvent(seq: 97, t: 1, pid: 1, ppid: 0, process: "MainProcess", thread: "MainThread", kind: .poolSubmit,
                               fields: JSONObject([("chunks", .double(2.5)), ("count", .int(3))])))
        made.append(TraceEvent(seq: 100, t: 1, pid: 1, ppid: 0, process: "MainProcess", thread: "MainThread", kind: .lockAcquire))
        var nonZero = 0
        for event in made {
            let oneByOne = abs(event.chunks ?? 0) + abs(event.count ?? 0)
            XCTAssertEqual(event.repeatWeight(chunks: FieldKeys.chunks, count: FieldKeys.count), oneByOne, "event \(event.seq)")
            if oneByOne != 0 { nonZero += 1 }
        }
        XCTAssertGreaterThanOrEqual(nonZero, 9)
    }
}
