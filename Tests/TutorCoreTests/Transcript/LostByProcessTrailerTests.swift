import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// The trailer's `lost_by_process` (gaps 28C): written and read back the same, absent in older transcripts (which still
/// read), and a hostile value a clean error at its line, its strings sanitized and cut where they are read.
final class LostByProcessTrailerTests: XCTestCase {
    private let header = #"{"format":"mp-tutor-transcript","version":1,"command":[],"platform":"linux","cpus":1,"mptutor_version":"0","recorded_at":"","parameters":{}}"#
    private let event = #"{"seq":1,"t":5,"pid":10,"ppid":1,"process":"MainProcess","thread":"MainThread","kind":"print","stream":"stdout","text":"hi"}"#

    private func read(_ list: String?) throws -> Transcript {
        let field = list.map { #","lost_by_process":"# + $0 } ?? ""
        let trailer = #"{"trailer":true,"complete":true,"event_count":1,"counts":{"print":1},"lost_events":4,"silent_processes":[]\#(field),"run":{"exit_code":0,"signal":null,"timed_out":false,"interrupted":false,"timeout_seconds":30.0,"duration_ns":5000,"leftover_pids":[]}}"#
        return try TranscriptReader.parse(Array([header, event, trailer].joined(separator: "\n").utf8), file: "x.jsonl")
    }

    private func error(_ list: String) -> String? {
        do {
            _ = try read(list)
            return nil
        } catch let error as MPTutorError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    private let good = #"{"pid":812,"lost":3,"process":"Process-1","malformed":"812-5.jsonl line 5: cut"}"#

    func testReadBackAndAnOlderTranscriptWithoutItStillReads() throws {
        let list = try XCTUnwrap(read("[" + good + #",{"pid":813,"lost":1}]"#).trailer?.lostByProcess)
        XCTAssertEqual(list, [ProcessLoss(pid: 812, process: "Process-1", lost: 3, malformed: "812-5.jsonl line 5: cut"),
                              ProcessLoss(pid: 813, process: nil, lost: 1)])
        let old = try read(nil)
        XCTAssertEqual(old.trailer?.lostEvents, 4)
        XCTAssertEqual(old.trailer?.lostByProcess, [])
    }

    func testWrittenAndReadTheSameAndNotWrittenWhenEmpty() throws {
        var trailer = TranscriptTrailer(eventCount: 0, counts: [], lostEvents: 4, run: RunFacts(exitCode: 0))
        XCTAssertNil(trailer.json["lost_by_process"])
        trailer.lostByProcess = [ProcessLoss(pid: 9, process: "w", lost: 4, malformed: "a")]
        XCTAssertEqual(try TranscriptTrailer(json: trailer.json), trailer)
    }

    func testStringsAreSanitizedAndCutAsTheyAreRead() throws {
        let list = try XCTUnwrap(read(#"[{"pid":1,"lost":1,"process":"w\u001b]0;pwned\u0007","malformed":""# + String(repeating: "m", count: 5000) + #""}]"#)
            .trailer?.lostByProcess.first)
        XCTAssertFalse(list.process?.unicodeScalars.contains { $0.value < 0x20 } ?? true, list.process ?? "")
        XCTAssertEqual(list.malformed?.count, ProcessLoss.textLimit)
    }

    func testHostileValuesAreCleanErrorsAtTheirLine() {
        let entry = "x.jsonl:3: \"lost_by_process[0]\" must be an object with a whole \"pid\" and \"lost\" and text (or nothing) for \"process\" and \"malformed\""
        let cases: [(String, String?)] = [
            (#"[{"pid":-1,"lost":1}]"#, "x.jsonl:3: \"lost_by_process[0].pid\" is -1, outside the range 0…2147483647 a real run can give"),
            (#"[{"pid":1,"lost":1099511627777}]"#, "x.jsonl:3: \"lost_by_process[0].lost\" is 1099511627777, outside the range 0…1099511627776 a real run can give"),
            (#"[{"pid":1}]"#, entry),
            ("[1]", entry),
            (#"[{"pid":1,"lost":1,"process":5}]"#, entry.replacingOccurrences(of: "[0]\"", with: "[0].process\"")),
            (#"{"a":1}"#, "x.jsonl:3: \"lost_by_process\" must be a list of at most 256 objects"),
            ("[" + Array(repeating: good, count: 257).joined(separator: ",") + "]", "x.jsonl:3: \"lost_by_process\" must be a list of at most 256 objects"),
            ("[" + Array(repeating: good, count: 256).joined(separator: ",") + "]", nil),
            ("null", nil),
        ]
        for (list, expected) in cases { XCTAssertEqual(error(list), expected, String(list.prefix(120))) }
    }
}
