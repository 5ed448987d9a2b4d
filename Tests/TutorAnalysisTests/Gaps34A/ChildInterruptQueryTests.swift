import XCTest
@testable import TutorAnalysis
@testable import TutorCore

/// Gaps 34A: which SIGINT a child's KeyboardInterrupt came from, as `StateQueries.childInterrupt` finds it in a record:
/// named only where the record shows it and the program left SIGINT's handling alone; never guessed.
final class ChildInterruptQueryTests: XCTestCase {
    private let header = #"{"format":"mp-tutor-transcript","version":1,"command":[],"platform":"linux","cpus":1,"mptutor_version":"0","recorded_at":"","parameters":{}}"#

    /// A fork child w0 (pid 101) whose run() raised SystemExit while handling a KeyboardInterrupt (`interrupt`).
    private func events(interrupt: String = "signal", before: [String] = [], sent: Bool = true) -> [String] {
        [#"{"seq":1,"t":1000,"pid":100,"ppid":1,"process":"MainProcess","thread":"MainThread","kind":"process.start","name":"MainProcess","role":"main"}"#]
            + before
            + [#"{"seq":2,"t":2000,"pid":100,"ppid":1,"process":"MainProcess","thread":"MainThread","kind":"process.spawn","child_pid":101,"name":"w0","method":"fork"}"#,
               #"{"seq":3,"t":3000,"pid":101,"ppid":100,"process":"w0","thread":"MainThread","kind":"process.start","name":"w0","role":"child"}"#]
            + (sent ? [#"{"seq":4,"t":4000,"pid":100,"ppid":1,"process":"MainProcess","thread":"MainThread","kind":"process.signal","child_pid":101,"name":"w0","signum":2,"signame":"SIGINT","call":"os.kill()"}"#] : [])
            + [#"{"seq":5,"t":5000,"pid":101,"ppid":100,"process":"w0","thread":"MainThread","kind":"process.run.end","name":"w0","exitcode":130,"direct":false,"raised":"SystemExit","exit_arg":"130","context":"KeyboardInterrupt","interrupt":"\#(interrupt)"}"#]
    }

    private func found(_ lines: [String], ctrlCAt: Int? = nil) throws -> StateQueries.ChildInterrupt? {
        let run = ctrlCAt.map { #","interrupted":true,"interrupt_signal":2,"interrupt_sent_ns":\#($0)"# } ?? #","interrupted":false"#
        let trailer = #"{"trailer":true,"complete":true,"event_count":\#(lines.count),"counts":{},"lost_events":0,"silent_processes":[],"run":{"exit_code":0,"signal":null,"timed_out":false\#(run),"timeout_seconds":30.0,"duration_ns":9000,"leftover_pids":[]}}"#
        // numbered in the order given (an event put in before the spawn)
        let numbered = lines.enumerated().map { i, line in line.replacingOccurrences(of: #""seq":[0-9]+"#, with: "\"seq\":\(i + 1)", options: .regularExpression) }
        let transcript = try TranscriptReader.parse(Array(([header] + numbered + [trailer]).joined(separator: "\n").utf8), file: "t.jsonl")
        let end = try XCTUnwrap(transcript.events.lastIndex { $0.is(.processRunEnd) })
        return StateQueries.childInterrupt(at: end, in: transcript.events, run: transcript.trailer?.run)
    }

    func testTheRecordedSigintIsNamed() throws {
        let got = try found(events())
        XCTAssertEqual(got?.handled, true)
        guard case .recorded? = got?.sender else { return XCTFail("\(String(describing: got))") }
    }

    func testACtrlCPassedOnIsNamedOnlyWhenItCameBeforeTheEnd() throws {
        XCTAssertEqual(try found(events(sent: false), ctrlCAt: 4500)?.sender, .ctrlC(atNs: 4500))
        XCTAssertEqual(try found(events(sent: false), ctrlCAt: 6000)?.sender, .unknown, "a Ctrl-C after the end raised nothing in it")
        XCTAssertNil(try found(events(), ctrlCAt: 4500), "two SIGINTs before the end: the record does not say which one")
    }

    func testNoSenderInTheRecordIsSaidAsSuch() throws {
        XCTAssertEqual(try found(events(sent: false))?.sender, .unknown)
    }

    func testNoNoteWhereTheProgramRaisedItOrChangedSigintsHandling() throws {
        XCTAssertNil(try found(events(interrupt: "raise")))
        XCTAssertNil(try found(events(interrupt: "elsewhere")), "an unknown value is read as absent")
        // the parent's signal.signal(SIGINT, SIG_DFL) before the fork: the child inherits it
        let set = #"{"seq":1,"t":1500,"pid":100,"ppid":1,"process":"MainProcess","thread":"MainThread","kind":"signal.set","signum":2,"signame":"SIGINT","disposition":"default"}"#
        XCTAssertNil(try found(events(before: [set])))
    }
}
