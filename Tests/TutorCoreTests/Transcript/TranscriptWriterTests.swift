import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// The byte writer must write exactly what the string serializer writes: a transcript recorded before
/// and after it is the same file for the same events.
final class TranscriptWriterTests: XCTestCase {
    /// Every escape, every control byte, DEL, C1 controls, quotes, backslashes, CJK, emoji and combining marks.
    private let hostile: String = {
        var s = "plain \"quoted\" back\\slash é 中文 🧵 e\u{301} \u{85}\u{9B}\u{2028}\u{FEFF}"
        for code in UInt8(0)..<0x20 { s.unicodeScalars.append(Unicode.Scalar(code)) }
        s.unicodeScalars.append(Unicode.Scalar(0x7F))
        return s
    }()

    private func bytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        value.write(to: &out)
        return out
    }

    func testValuesAreWrittenAsTheStringSerializerWritesThem() {
        let values: [JSONValue] = [
            .null, .bool(true), .bool(false), .int(0), .int(-1), .int(Int64.max), .int(Int64.min), .int(1_000_000_007),
            .double(0.25), .double(-3.0), .double(1e300), .double(.leastNonzeroMagnitude), .double(.infinity), .double(.nan), .double(30.0),
            .string(""), .string(hostile), .array([]), .array([.int(1), .string(hostile), .null]),
            .object(JSONObject()), .object(JSONObject([(hostile, .string(hostile)), ("n", .object(JSONObject([("a", .array([.double(0.1)]))])))])),
        ]
        for value in values {
            XCTAssertEqual(bytes(value), Array(value.serialized().utf8), value.serialized())
        }
    }

    func testTranscriptsAreWrittenAsTheTextWriterWritesThem() {
        let header = TranscriptHeader(lesson: "x", variant: nil, command: ["demo.py", hostile], python: "3.11.7", startMethod: "fork",
                                      platform: "linux", cpus: 2, mptutorVersion: "0.1.0", recordedAt: "2026-12-03T00:00:00Z",
                                      parameters: JSONObject([("n", .string("3"))]))
        var events = [
            TraceEvent(seq: 1, t: -5, pid: 10, ppid: 1, process: "Main" + hostile, thread: "Thread-1 (" + hostile + ")", kind: "print",
                       fields: JSONObject([("stream", .string("stdout")), ("text", .string(hostile))])),
            TraceEvent(seq: 2, t: 1_234_567_890_123, pid: 11, ppid: 10, process: "W", thread: "MainThread", kind: "lock.acquire",
                       object: "Lock#1", fields: JSONObject([("wait_ns", .int(12)), ("ratio", .double(0.5)), ("ok", .bool(true))])),
            // A field named like a fixed field: `json` puts its value in the fixed field's place.
            TraceEvent(seq: 3, t: 9, pid: 12, ppid: 10, process: "P", thread: "T", kind: "odd",
                       fields: JSONObject([("pid", .string("mine")), ("extra", .null)])),
        ]
        events.append(TraceEvent(seq: 4, t: 10, pid: 12, ppid: 10, process: "P", thread: "T", kind: "no.fields"))
        let run = RunFacts(exitCode: nil, signal: 15, timedOut: true, interrupted: true, timeoutSeconds: 2.5,
                           durationNs: 2_075_000_000, leftoverPids: [4122])
        for trailer in [TranscriptTrailer.summarizing(events, lostEvents: 3, silentProcesses: [4124], run: run), nil] {
            let transcript = Transcript(header: header, events: events, trailer: trailer)
            let written = TranscriptWriter.bytes(of: transcript)
            XCTAssertEqual(written, Array(TranscriptWriter.text(of: transcript).utf8))
            XCTAssertEqual(written.filter { $0 == 0x0A }.count, events.count + 1 + (trailer == nil ? 0 : 1))
        }
    }
}
