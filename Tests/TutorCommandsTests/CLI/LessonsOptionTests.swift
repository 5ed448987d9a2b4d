import XCTest
@testable import TutorCore
@testable import TutorCommands
@testable import TutorTestSupport

/// `--lessons DIR` is found before the command and among its options, never among a traced script's arguments.
final class LessonsOptionTests: XCTestCase {
    func testLessonsOptionIsTakenBeforeTheCommandAndAmongItsOptionsButNotFromAScript() throws {
        XCTAssertEqual(try LessonsOption.extract(["--lessons", "L", "list"]).folder, "L")
        let lesson = try LessonsOption.extract(["lesson", "pool-async", "--lessons", "L", "--text-only"])
        XCTAssertEqual(lesson.folder, "L")
        XCTAssertEqual(lesson.rest, ["lesson", "pool-async", "--text-only"])
        let trace = try LessonsOption.extract(["trace", "prog.py", "--lessons", "L"])
        XCTAssertNil(trace.folder)
        XCTAssertEqual(trace.rest, ["trace", "prog.py", "--lessons", "L"], "the script's own arguments")
        assertMPTutorError(try LessonsOption.extract(["list", "--lessons"])) { error in
            XCTAssertTrue(error.message.contains("needs a folder"))
        }
    }
}
