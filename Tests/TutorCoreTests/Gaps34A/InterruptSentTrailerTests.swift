import XCTest
@testable import TutorCore
@testable import TutorTestSupport

/// Gaps 34A: the trailer's `run.interrupt_sent_ns`, when mp-tutor passed a Ctrl-C on to the run as SIGINT, is written,
/// read back the same, read only on an interrupted run, and range-checked where it is read.
final class InterruptSentTrailerTests: XCTestCase {
    private let header = #"{"format":"mp-tutor-transcript","version":1,"command":[],"platform":"linux","cpus":1,"mptutor_version":"0","recorded_at":"","parameters":{}}"#
    private let event = #"{"seq":1,"t":5,"pid":10,"ppid":1,"process":"MainProcess","thread":"MainThread","kind":"print","stream":"stdout","text":"hi"}"#

    private func read(interrupted: Bool, sent: String) throws -> Transcript {
        let trailer = #"{"trailer":true,"complete":true,"event_count":1,"counts":{"print":1},"lost_events":0,"silent_processes":[],"run":{"exit_code":null,"signal":2,"timed_out":false,"interrupted":\#(interrupted),"interrupt_signal":2,"interrupt_sent_ns":\#(sent),"timeout_seconds":30.0,"duration_ns":5000,"leftover_pids":[]}}"#
        return try TranscriptReader.parse(Array([header, event, trailer].joined(separator: "\n").utf8), file: "x.jsonl")
    }

    func testWrittenAndReadBack() throws {
        XCTAssertEqual(try read(interrupted: true, sent: "1234567").trailer?.run.interruptSentNs, 1_234_567)
        var facts = RunFacts(exitCode: nil, signal: 2, interrupted: true, durationNs: 5000)
        facts.interruptSignal = 2
        facts.interruptSentNs = 42
        XCTAssertEqual(try RunFacts(json: facts.json).interruptSentNs, 42)
        // none sent: no key, so the transcripts of runs nobody interrupted are unchanged
        XCTAssertNil(RunFacts(exitCode: 0).json["interrupt_sent_ns"])
        // on a run that was not interrupted the key means nothing: not read
        XCTAssertNil(try read(interrupted: false, sent: "99").trailer?.run.interruptSentNs)
    }

    func testOutOfRangeIsAnErrorNamingTheFileAndLine() {
        for bad in ["-1", "1000000000000001", "\"soon\"", "1.5"] {
            XCTAssertThrowsError(try read(interrupted: true, sent: bad), bad) { error in
                let message = (error as? MPTutorError)?.message ?? "\(error)"
                XCTAssertTrue(message.hasPrefix("x.jsonl:3: \"interrupt_sent_ns\" "), "\(bad): \(message)")
            }
        }
    }
}
