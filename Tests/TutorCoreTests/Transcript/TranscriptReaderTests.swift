import XCTest
@testable import TutorCore
@testable import TutorTestSupport

final class TranscriptReaderTests: XCTestCase {
    private let headerLine = #"{"format":"mp-tutor-transcript","version":1,"lesson":null,"variant":null,"command":["x.py"],"python":"3.12.1","start_method":"fork","platform":"linux","cpus":2,"mptutor_version":"0.1.0","recorded_at":"2026-01-01T00:00:00Z","parameters":{}}"#

    private func event(_ seq: Int, kind: String = "print", extra: String = #","stream":"stdout","text":"hi""#) -> String {
        #"{"seq":\#(seq),"t":\#(seq * 1000),"pid":10,"ppid":1,"process":"MainProcess","thread":"MainThread","kind":"\#(kind)"\#(extra)}"#
    }

    private func trailer(count: Int) -> String {
        #"{"trailer":true,"complete":true,"event_count":\#(count),"counts":{"print":\#(count)},"lost_events":0,"silent_processes":[],"run":{"exit_code":0,"signal":null,"timed_out":false,"interrupted":false,"timeout_seconds":30.0,"duration_ns":5000,"leftover_pids":[]}}"#
    }

    private func parse(_ text: String, file: String = "run.jsonl") throws -> Transcript {
        try TranscriptReader.parse(Array(text.utf8), file: file)
    }

    private func sample() -> Transcript {
        let header = TranscriptHeader(lesson: "pool-async", variant: "with-lock", command: ["lessons/pool-async/demo.py", "--workers", "3"],
                                      python: "3.11.7", startMethod: "spawn", platform: "linux", cpus: 4,
                                      mptutorVersion: "0.1.0", recordedAt: "2026-11-21T04:40:00Z",
                                      parameters: JSONObject([("workers", .string("3")), ("seed", .string("7"))]))
        let events = [
            TraceEvent(seq: 1, t: 0, pid: 4120, ppid: 1, process: "MainProcess", thread: "MainThread", kind: .processStart,
                       fields: JSONObject([("name", .string("MainProcess")), ("role", .string("main")), ("daemon", .bool(false))])),
            TraceEvent(seq: 2, t: 1_500, pid: 4120, ppid: 1, process: "MainProcess", thread: "MainThread", kind: .lockCreate,
                       object: "Lock#1", fields: JSONObject([("type", .string("Lock")), ("value", .int(1)), ("site", .string("demo.py:12")), ("key", .string("n/mp-abc"))])),
            TraceEvent(seq: 3, t: 171_234_567, pid: 4121, ppid: 4120, process: "ForkPoolWorker-1", thread: "Thread-3 (_handle_results)",
                       kind: "some.future.kind", fields: JSONObject([("weird", .array([.double(0.25), .null, .string("é \"q\" \n")])),
                                                                    ("nested", .object(JSONObject([("z", .int(-1))])))])),
        ]
        let run = RunFacts(exitCode: nil, signal: 15, timedOut: true, interrupted: false, timeoutSeconds: 2.5,
                           durationNs: 2_075_000_000, leftoverPids: [4122, 4123])
        let trailer = TranscriptTrailer.summarizing(events, lostEvents: 2, silentProcesses: [4124], run: run)
        return Transcript(header: header, events: events, trailer: trailer)
    }

    // MARK: round trip

    func testWriterOutputReadsBackIdentically() throws {
        let original = sample()
        let text = TranscriptWriter.text(of: original)
        XCTAssertEqual(text.split(separator: "\n", omittingEmptySubsequences: false).count, 6) // 5 lines + final ""
        XCTAssertTrue(text.hasSuffix("\n"))
        let read = try parse(text)
        XCTAssertEqual(read, original)
        XCTAssertTrue(read.isComplete)
        XCTAssertEqual(read.problems, [])
        XCTAssertEqual(read.trailer?.counts.map(\.kind), ["process.start", "lock.create", "some.future.kind"])
        XCTAssertEqual(read.trailer?.run.signal, 15)
        XCTAssertEqual(read.trailer?.run.leftoverPids, [4122, 4123])
        XCTAssertEqual(read.events[2].fields["nested"], .object(JSONObject([("z", .int(-1))])))
    }

    func testWriteAndReadThroughAFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path + "/t.jsonl"
        try TranscriptWriter.write(sample(), to: path)
        XCTAssertEqual(try TranscriptReader.read(path: path), sample())
    }

    func testHeaderLineFollowsTheDocumentedKeys() throws {
        let first = TranscriptWriter.text(of: sample()).split(separator: "\n").first.map(String.init) ?? ""
        let object = try XCTUnwrap(try JSONParser.parse(first).objectValue)
        XCTAssertEqual(object.members.map(\.key), ["format", "version", "lesson", "variant", "command", "python", "start_method",
                                                   "platform", "cpus", "mptutor_version", "recorded_at", "parameters"])
        XCTAssertEqual(object["format"], .string("mp-tutor-transcript"))
        XCTAssertEqual(object["version"], .int(1))
    }

    func testEventLineCarriesFixedKeysThenFields() throws {
        let line = TranscriptWriter.text(of: sample()).split(separator: "\n")[2]
        let object = try XCTUnwrap(try JSONParser.parse(String(line)).objectValue)
        XCTAssertEqual(object.members.map(\.key), ["seq", "t", "pid", "ppid", "process", "thread", "kind", "object",
                                                   "type", "value", "site", "key"])
        XCTAssertEqual(object["object"], .string("Lock#1"))
    }

    func testMissingNewlineAtTheEndIsFineWhenTheLastLineIsWhole() throws {
        let text = [headerLine, event(1), trailer(count: 1)].joined(separator: "\n")
        let transcript = try parse(text)
        XCTAssertTrue(transcript.isComplete)
        XCTAssertEqual(transcript.problems, [])
    }

    func testBlankLinesAndCRLFAreTolerated() throws {
        let text = headerLine + "\r\n\r\n" + event(1) + "\r\n   \n" + trailer(count: 1) + "\r\n"
        let transcript = try parse(text)
        XCTAssertEqual(transcript.events.count, 1)
        XCTAssertTrue(transcript.isComplete)
    }

    // MARK: incomplete transcripts

    func testTruncatedLastLineIsIncompleteWithAProblem() throws {
        let cut = String(event(3).prefix(40))
        let text = [headerLine, event(1), event(2), cut].joined(separator: "\n")
        let transcript = try parse(text)
        XCTAssertEqual(transcript.events.map(\.seq), [1, 2])
        XCTAssertNil(transcript.trailer)
        XCTAssertFalse(transcript.isComplete)
        XCTAssertEqual(transcript.problems.count, 1)
        XCTAssertTrue(transcript.problems[0].contains("cut off"), transcript.problems[0])
        XCTAssertTrue(transcript.problems[0].contains("(4)"), transcript.problems[0])
    }

    func testNoTrailerIsIncomplete() throws {
        let transcript = try parse([headerLine, event(1), event(2)].joined(separator: "\n") + "\n")
        XCTAssertFalse(transcript.isComplete)
        XCTAssertEqual(transcript.events.count, 2)
        XCTAssertEqual(transcript.problems.count, 1)
        XCTAssertTrue(transcript.problems[0].contains("no trailer"), transcript.problems[0])
    }

    func testTrailerCountMismatchIsAProblem() throws {
        let transcript = try parse([headerLine, event(1), trailer(count: 3)].joined(separator: "\n") + "\n")
        XCTAssertEqual(transcript.problems.count, 1)
        XCTAssertTrue(transcript.problems[0].contains("3") && transcript.problems[0].contains("1"), transcript.problems[0])
    }

    func testUnknownKindsAndFieldsAreKept() throws {
        let transcript = try parse([headerLine, event(1, kind: "gpu.launch", extra: #","blocks":[1,2],"who":{"a":true}"#)].joined(separator: "\n") + "\n")
        XCTAssertEqual(transcript.events[0].kind, "gpu.launch")
        XCTAssertEqual(transcript.events[0]["blocks"], .array([.int(1), .int(2)]))
        XCTAssertEqual(transcript.events[0]["who"], .object(JSONObject([("a", .bool(true))])))
    }

    // MARK: errors

    private func assertBadInput(_ text: String, line: Int?, contains words: [String],
                                file: StaticString = #filePath, fileLine: UInt = #line) {
        assertBadInput(bytes: Array(text.utf8), line: line, contains: words, file: file, fileLine: fileLine)
    }

    private func assertBadInput(bytes: [UInt8], line: Int?, contains words: [String],
                                file: StaticString = #filePath, fileLine: UInt = #line) {
        assertMPTutorError(try TranscriptReader.parse(bytes, file: "some/run.jsonl"), file: file, line: fileLine) { error in
            guard let parts = error.badInputParts else { return XCTFail("not badInput: \(error)", file: file, line: fileLine) }
            XCTAssertEqual(parts.file, "some/run.jsonl", file: file, line: fileLine)
            XCTAssertEqual(parts.line, line, parts.message, file: file, line: fileLine)
            for word in words { XCTAssertTrue(parts.message.contains(word), "'\(word)' not in: \(parts.message)", file: file, line: fileLine) }
            XCTAssertEqual(error.exitStatus, 65, file: file, line: fileLine)
        }
    }

    func testBadJSONNamesTheLineAndColumn() {
        let text = [headerLine, event(1), #"{"seq":2,"t":5,,}"#, event(3)].joined(separator: "\n") + "\n"
        assertBadInput(text, line: 3, contains: ["not valid JSON", "column 16"])
    }

    func testEmptyFile() {
        assertBadInput("", line: nil, contains: ["empty"])
    }

    func testOnlyBlankLinesHasNoHeader() {
        assertBadInput("\n  \n\n", line: nil, contains: ["no header"])
    }

    func testBinaryFile() {
        assertBadInput(bytes: [0x7B, 0x00, 0x01, 0x02, 0x0A], line: nil, contains: ["binary"])
    }

    func testInvalidUTF8NamesTheLine() {
        let bytes = Array((headerLine + "\n").utf8) + Array(#"{"seq":1,"t":1,"pid":1,"kind":"print","text":"a"#.utf8)
            + [0xC3, 0x28] + Array("\"}\n".utf8) + Array((trailer(count: 1) + "\n").utf8)
        assertBadInput(bytes: bytes, line: 2, contains: ["UTF-8"])
    }

    func testHugeLineIsRefusedWithItsLineNumber() {
        let filler = String(repeating: "x", count: TranscriptReader.maxLineBytes + 10)
        let text = [headerLine, event(1, extra: #","text":"\#(filler)""#), trailer(count: 1)].joined(separator: "\n") + "\n"
        assertBadInput(text, line: 2, contains: ["bytes long", String(TranscriptReader.maxLineBytes)])
    }

    func testNewerVersionIsAClearError() {
        let v2 = headerLine.replacingOccurrences(of: #""version":1"#, with: #""version":2"#)
        assertBadInput(v2 + "\n" + trailer(count: 0) + "\n", line: 1, contains: ["version 2", "update mp-tutor"])
    }

    func testMissingVersion() {
        let none = headerLine.replacingOccurrences(of: #""version":1,"#, with: "")
        assertBadInput(none + "\n", line: 1, contains: ["version"])
    }

    func testOtherJSONIsNotATranscript() {
        assertBadInput(#"{"name":"package","version":1}"# + "\n", line: 1, contains: ["not an mp-tutor transcript"])
        assertBadInput("[1, 2, 3]\n", line: 1, contains: ["JSON object"])
    }

    func testLineAfterTrailer() {
        let text = [headerLine, event(1), trailer(count: 1), event(2)].joined(separator: "\n") + "\n"
        assertBadInput(text, line: 4, contains: ["follows the trailer"])
    }

    func testSeqMustIncrease() {
        let text = [headerLine, event(1), event(3), event(3), trailer(count: 3)].joined(separator: "\n") + "\n"
        assertBadInput(text, line: 4, contains: ["seq 3", "does not follow"])
        let backwards = [headerLine, event(2), event(1)].joined(separator: "\n") + "\n"
        assertBadInput(backwards, line: 3, contains: ["seq 1"])
    }

    func testEventWithoutKindNamesTheLine() {
        let text = [headerLine, event(1), #"{"seq":2,"t":5,"pid":1}"#].joined(separator: "\n") + "\n"
        assertBadInput(text, line: 3, contains: ["\"kind\""])
    }

    func testCutOffHeaderIsAnError() {
        assertBadInput(String(headerLine.prefix(30)), line: 1, contains: ["not valid JSON"])
    }

    func testMissingFile() {
        assertMPTutorError(try TranscriptReader.read(path: "/nonexistent/\(UUID().uuidString).jsonl")) { error in
            XCTAssertEqual(error.badInputParts?.line, nil)
            XCTAssertEqual(error.badInputParts?.message, "no such file")
        }
    }
}
