import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// The trailer's `run.received_signals` (guard 24): the signals mp-tutor itself received are written, read back the
/// same, and a hostile value is a clear error naming the file and line, never a trap or an unbounded list.
final class ReceivedSignalsTrailerTests: XCTestCase {
    private let header = #"{"format":"mp-tutor-transcript","version":1,"command":[],"platform":"linux","cpus":1,"mptutor_version":"0","recorded_at":"","parameters":{}}"#
    private let event = #"{"seq":1,"t":5,"pid":10,"ppid":1,"process":"MainProcess","thread":"MainThread","kind":"print","stream":"stdout","text":"hi"}"#

    private func trailer(_ signals: String, extra: String = "") -> String {
        #"{"trailer":true,"complete":true,"event_count":1,"counts":{"print":1},"lost_events":0,"silent_processes":[],"run":{"exit_code":0,"signal":null,"timed_out":false,"interrupted":false,"timeout_seconds":30.0,"duration_ns":5000,"leftover_pids":[],"received_signals":\#(signals)\#(extra)}}"#
    }

    private func read(_ signals: String, extra: String = "") throws -> Transcript {
        try TranscriptReader.parse(Array([header, event, trailer(signals, extra: extra)].joined(separator: "\n").utf8), file: "x.jsonl")
    }

    private func error(_ signals: String, extra: String = "") -> String? {
        do {
            _ = try read(signals, extra: extra)
            return nil
        } catch let error as MPTutorError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    private let good = #"{"signal":10,"name":"SIGUSR1","sender_pid":4242,"from_run":true,"at_ns":710000000,"relation":"adopter"}"#

    func testReceivedSignalsAreReadBack() throws {
        let transcript = try read("[" + good + #",{"signal":34,"name":"SIGRTMIN","sender_pid":0,"from_run":false,"at_ns":800000000}]"#)
        let run = try XCTUnwrap(transcript.trailer?.run)
        XCTAssertEqual(run.receivedSignals.map(\.name), ["SIGUSR1", "SIGRTMIN"])
        XCTAssertEqual(run.receivedSignals.map(\.senderPid), [4242, 0])
        XCTAssertEqual(run.receivedSignals.map(\.atNs), [710_000_000, 800_000_000])
        XCTAssertEqual(run.receivedSignals.map(\.fromRun), [true, false])
        XCTAssertEqual(run.receivedSignals.map { $0.relation?.rawValue }, ["adopter", nil])
    }

    func testWrittenAndReadTheSame() throws {
        var facts = RunFacts(exitCode: 0, durationNs: 5000)
        facts.receivedSignals = [ReceivedSignal(signal: 10, name: "SIGUSR1", senderPid: 77, fromRun: true, atNs: 9, relation: .parent),
                                 ReceivedSignal(signal: 12, name: "SIGUSR2", senderPid: 3, fromRun: false, atNs: 11)]
        facts.receivedSignalsDropped = 4
        let again = try RunFacts(json: facts.json)
        XCTAssertEqual(again.receivedSignals, facts.receivedSignals)
        XCTAssertEqual(again.receivedSignalsDropped, 4)
        // None received: no key at all, so transcripts of ordinary runs are unchanged.
        XCTAssertNil(RunFacts(exitCode: 0).json["received_signals"])
    }

    func testHostileValuesAreCleanErrorsAtTheirLine() {
        func entry(_ replace: String, _ with: String) -> String { "[" + good.replacingOccurrences(of: replace, with: with) + "]" }
        let cases: [(String, String?)] = [
            (entry(#""sender_pid":4242"#, #""sender_pid":2147483648"#), "x.jsonl:3: \"received_signals[0].sender_pid\" is 2147483648, outside the range 0…2147483647 a real run can give"),
            (entry(#""signal":10"#, #""signal":0"#), "x.jsonl:3: \"received_signals[0].signal\" is 0, outside the range 1…255 a real run can give"),
            (entry(#""signal":10"#, #""signal":256"#), "x.jsonl:3: \"received_signals[0].signal\" is 256, outside the range 1…255 a real run can give"),
            (entry(#""at_ns":710000000"#, #""at_ns":-1"#), "x.jsonl:3: \"received_signals[0].at_ns\" is -1, outside the range 0…1000000000000000 a real run can give"),
            (entry(#""at_ns":710000000"#, #""at_ns":1.5"#), "x.jsonl:3: \"received_signals[0].at_ns\" must be a whole number"),
            (entry(#""from_run":true"#, #""from_run":"yes""#), "x.jsonl:3: \"received_signals[0]\" must be an object with a whole \"signal\" (1…255), \"sender_pid\", \"at_ns\" and a true or false \"from_run\""),
            (entry(#""name":"SIGUSR1""#, #""name":"\u001b]0;pwned\u0007""#), "x.jsonl:3: \"received_signals[0].name\" must be a signal name of at most 24 letters, digits, + or spaces"),
            (entry(#""name":"SIGUSR1""#, "\"name\":\"" + String(repeating: "S", count: 25) + "\""), "x.jsonl:3: \"received_signals[0].name\" must be a signal name of at most 24 letters, digits, + or spaces"),
            (entry(#""relation":"adopter""#, #""relation":"grandparent""#), "x.jsonl:3: \"received_signals[0].relation\" must be \"parent\" or \"adopter\", and only on a signal from the run"),
            (entry(#""from_run":true"#, #""from_run":false"#), "x.jsonl:3: \"received_signals[0].relation\" must be \"parent\" or \"adopter\", and only on a signal from the run"),
            ("[1]", "x.jsonl:3: \"received_signals[0]\" must be an object with a whole \"signal\" (1…255), \"sender_pid\", \"at_ns\" and a true or false \"from_run\""),
            (#"{"a":1}"#, "x.jsonl:3: \"received_signals\" must be a list of at most 256 objects"),
            ("[" + Array(repeating: good, count: 257).joined(separator: ",") + "]", "x.jsonl:3: \"received_signals\" holds 257 entries, more than the 256 mp-tutor writes"),
            ("[]", nil),
            ("[" + Array(repeating: good, count: 256).joined(separator: ",") + "]", nil),
        ]
        for (signals, expected) in cases {
            XCTAssertEqual(error(signals), expected, signals.prefix(200) + "")
        }
        XCTAssertEqual(error("[]", extra: #","received_signals_dropped":-1"#),
                       "x.jsonl:3: \"received_signals_dropped\" is -1, outside the range 0…1099511627776 a real run can give")
    }
}
