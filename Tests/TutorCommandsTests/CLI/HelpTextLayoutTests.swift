import XCTest
@testable import TutorCore
@testable import TutorCommands

/// Guard 26 saw `help present` print `--redact`'s last line and `--color` on one line: the shared option blocks are
/// Swift multi-line literals, which end without a newline, so two blocks joined with `+` ran together. Every option of
/// every command's help starts its own line, in both languages.
final class HelpTextLayoutTests: XCTestCase {
    private let topics = ["lesson", "replay", "present", "quiz", "export", "trace", "check", "list", "progress",
                          "simulate"]

    func testEveryOptionStartsItsOwnLineInBothLanguages() throws {
        for language in [Language.en, .zh] {
            for topic in topics {
                let help = try Language.with(language) { try HelpText.text(for: topic) }
                for line in help.split(separator: "\n") {
                    // an option written after a line's own text, two spaces or more after it: two lines run together
                    let runTogether = line.range(of: #"[^\s,]\s{2,}--[a-z]"#, options: .regularExpression)
                    XCTAssertNil(runTogether, "help \(topic) (\(language)): \(line)")
                }
            }
        }
    }
}
