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

    /// zh30: `lesson --help` printed its exit-status paragraph between `--cast` and `--python`, so half the options came
    /// after a paragraph that reads as the help's end (both languages). An option line (`  --x` or `  -x`) comes only in
    /// the options block: never after a line of prose that starts at the left margin below the "Options:" heading.
    func testNoOptionComesAfterTheParagraphsBelowTheOptions() throws {
        for language in [Language.en, .zh] {
            for topic in topics {
                let help = try Language.with(language) { try HelpText.text(for: topic) }
                var inOptions = false, prose: Substring?
                for line in help.split(separator: "\n", omittingEmptySubsequences: true) {
                    if line.hasPrefix("Options") || line.hasPrefix("选项") { inOptions = true; prose = nil; continue }
                    guard inOptions else { continue }
                    if line.first?.isWhitespace == false { prose = prose ?? line; continue }
                    let isOption = line.range(of: #"^\s{2,}-{1,2}[A-Za-z]"#, options: .regularExpression) != nil
                    XCTAssertFalse(isOption && prose != nil, "help \(topic) (\(language)): “\(line)” after “\(prose ?? "")”")
                }
            }
        }
    }
}
