import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTestSupport

/// Round 27S: a learner's --set made two of a question's choices the same text.
final class Round27SQuestionTests: XCTestCase {
    /// `mp-tutor lesson pool-map --set chunksize=1`: "How many tasks did map make …?" listed 1) 1 2) 1 3) 4 4) 30.
    func testAChoiceThatAParameterMakesEqualToAnotherIsListedOnce() throws {
        let lesson = try LessonParser.parse("---\nid: demo\ntitle: Demo\ndemo: demo.py\nparams:\n  - name: chunksize\n    default: 3\n  - name: items\n    default: 12\n"
            + "questions:\n  - ask: \"How many tasks with chunksize {chunksize}?\"\n    answer: tasks_started\n"
            + "    choices: [\"1\", \"{chunksize}\", \"4\", \"{items}\"]\n---\n# Demo\n", file: "lessons/demo/demo.md")
        let one = QuestionReport.questions(of: lesson, variant: nil, parameters: ["chunksize": "1", "items": "30"])
        XCTAssertEqual(one.first?.choices, ["1", "4", "30"])
        let four = QuestionReport.questions(of: lesson, variant: nil, parameters: ["chunksize": "4", "items": "12"])
        XCTAssertEqual(four.first?.choices, ["1", "4", "12"])
        let three = QuestionReport.questions(of: lesson, variant: nil, parameters: ["chunksize": "3", "items": "12"])
        XCTAssertEqual(three.first?.choices, ["1", "3", "4", "12"])
    }
}
