import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Rendering markdown that no lesson should contain, but a hostile or broken one may.
final class MarkdownHostileInputTests: XCTestCase {
    func testMalformedInputRendersWithoutCrashing() {
        let nasty = [
            "*", "**", "***", "`", "``", "[", "](", "[a](", "<", "<>", "\\", "#", "-", "1.", "> ", "```", "~~~~",
            "- \n- ", "*a **b", "_ _ _", "[[]]()", "\u{1B}[31m#\u{07}", "\t- x\n\t\t- y", String(repeating: "*", count: 500),
            String(repeating: "[", count: 300) + String(repeating: "]", count: 300), "a\r\r\n\n\r",
            String(repeating: "*a ", count: 2_000) + String(repeating: "b* ", count: 2_000),
            String(repeating: "[x", count: 2_000) + String(repeating: "](u)", count: 2_000),
        ]
        for text in nasty {
            _ = MarkdownRenderer(capabilities: .plain).render(MarkdownDocument(parsing: text))
        }
    }
}
