import XCTest
@testable import TutorCore
@testable import TutorCommands

/// Every help page exists in Chinese and lists the same examples, commands and options as the English one.
final class HelpTextLanguageTests: XCTestCase {
    static let topics: [String?] = [nil, "lesson", "replay", "present", "quiz", "export", "trace", "check", "list", "progress",
                                    "simulate", "simulate scheduling"]

    func testEveryTopicHasAChinesePageWithTheSameExamplesCommandsAndOptions() throws {
        for topic in Self.topics {
            let name = topic ?? "mp-tutor"
            let english = try Language.with(.en) { try HelpText.text(for: topic) }
            let chinese = try Language.with(.zh) { try HelpText.text(for: topic) }
            XCTAssertNotNil(HelpText.chinese(for: topic), name)
            XCTAssertNotEqual(english, chinese, name)
            XCTAssertNotNil(chinese.range(of: "\\p{Han}", options: .regularExpression), name)
            XCTAssertEqual(Self.skeleton(chinese), Self.skeleton(english), name)
        }
    }

    /// The option names that start lines, the example command lines and the command names of the main page.
    static func skeleton(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.drop { $0 == " " }
            let indent = line.count - trimmed.count
            if trimmed.hasPrefix("-"), indent <= 6 { return trimmed.split(separator: " ").first.map(String.init) }
            if trimmed.hasPrefix("mp-tutor "), indent == 2 {
                // the example up to its comment (two spaces, then the explanation in either language)
                return String(trimmed).components(separatedBy: "  ").first
            }
            if indent == 2, let first = trimmed.split(separator: " ").first, ArgumentReader.commands.contains(String(first)) {
                return String(first)
            }
            return nil
        }
    }
}
