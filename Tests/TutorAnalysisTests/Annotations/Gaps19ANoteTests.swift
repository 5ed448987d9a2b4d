import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Gaps 19A: the end note of a child that raised a signal in itself with signal.raise_signal() (now recorded).
final class Gaps19ANoteTests: XCTestCase {
    /// r18e_child_keyboardinterrupt_kinds: default_action set SIG_DFL and called signal.raise_signal(SIGINT); once the
    /// tracer recorded that call as a signal to itself, the end note said "it sent SIGINT to itself with os.kill()".
    func testAChildEndedByItsOwnRaiseSignalSaysRaiseSignal() throws {
        for method in ["fork", "spawn", "forkserver"] {
            let timeline = TimelineBuilder.build(try TranscriptReader.read(
                path: BinaryHarness.repoRoot + "/corpus/transcripts/r18e_child_keyboardinterrupt_kinds--\(method).jsonl"))
            let notes = Annotator(timeline: timeline).notes().map(\.text)
            let end = try XCTUnwrap(notes.first { $0.contains("default_action was ended by SIGINT") }, "\(method): \(notes)")
            XCTAssertTrue(end.contains("(it raised SIGINT in itself with signal.raise_signal())"), "\(method): \(end)")
            XCTAssertFalse(end.contains("os.kill()"), "\(method): \(end)")
        }
    }
}
