import XCTest
@testable import TutorCore
@testable import TutorTerminal
@testable import TutorCommands
@testable import TutorTestSupport

/// `--lang` on the command line: found before the command is read, checked, and skipped by every command.
final class LanguageFlagTests: XCTestCase {
    func testTheLangFlagIsFoundBeforeTheCommandIsReadButNotInAProgramsArguments() throws {
        XCTAssertEqual(ArgumentReader.languageFlag(in: ["list", "--lang", "zh"]), "zh")
        XCTAssertEqual(ArgumentReader.languageFlag(in: ["--lang=zh", "list"]), "zh")
        XCTAssertNil(ArgumentReader.languageFlag(in: ["trace", "--", "x.py", "--lang", "zh"]))
        XCTAssertEqual(try ArgumentReader.read(["list", "--lang", "zh"]), .list(DisplayOptions()))
        XCTAssertEqual(try ArgumentReader.read(["--lang", "zh", "progress"]), .progress(reset: false))
        XCTAssertThrowsError(try ArgumentReader.read(["list", "--lang", "fr"]))
        XCTAssertThrowsError(try ArgumentReader.read(["list", "--lang"]))
    }
}
