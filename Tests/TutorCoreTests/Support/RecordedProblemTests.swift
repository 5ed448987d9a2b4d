import XCTest
@testable import TutorCore

/// A transcript's recording_problem is stored in English and shown in the learner's language when mp-tutor wrote it.
final class RecordedProblemTests: XCTestCase {
    func testAProblemMPTutorRecordedIsSaidAgainInChineseWithItsValues() {
        let recorded = Phrase.problemOutOfSpace.text(in: .en, ["folder": "/tmp/x y", "n": 2, "pids": "41, 42"])
        let shown = Language.with(.zh) { RecordedProblem(recorded) }
        XCTAssertTrue(shown.isKnown)
        XCTAssertEqual(shown.text, Phrase.problemOutOfSpace.text(in: .zh, ["folder": "/tmp/x y", "n": 2, "pids": "41, 42"]))
        XCTAssertTrue(shown.text.contains("/tmp/x y") && shown.text.contains("41, 42"), shown.text)
        XCTAssertNil(shown.text.range(of: "ran out of space"))
        let silent = Language.with(.zh) { RecordedProblem(Phrase.checkTracerSilent.text(in: .en)) }
        XCTAssertEqual(silent.text, Phrase.checkTracerSilent.text(in: .zh))
        XCTAssertEqual(Language.with(.en) { RecordedProblem(recorded).text }, recorded)
    }

    func testOtherRecordedWordsAreShownAsTheyAre() {
        for text in ["the disk caught fire", "", "the temporary folder", "no process reported any event: the tracer did not start!"] {
            let shown = Language.with(.zh) { RecordedProblem(text) }
            XCTAssertFalse(shown.isKnown, text)
            XCTAssertEqual(shown.text, text)
        }
    }
}
