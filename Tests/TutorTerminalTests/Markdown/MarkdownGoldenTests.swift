import Foundation
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport
import XCTest

/// Renders the markdown inputs in `Golden/markdown/` under every terminal configuration and compares
/// with the recorded output next to them. Run with `MPTUTOR_RECORD_GOLDEN=1` to re-record after an
/// intended change, then review the diff of the golden files.
final class MarkdownGoldenTests: XCTestCase {
    func testLessonMatchesGolden() throws {
        try assertGolden("lesson")
    }

    func testCJKMatchesGolden() throws {
        try assertGolden("cjk")
    }

    func testEdgeCasesMatchGolden() throws {
        try assertGolden("edge-cases")
    }

    func testTablesMatchGolden() throws {
        try assertGolden("tables")
    }
}

private extension MarkdownGoldenTests {
    struct Configuration {
        let width: Int
        let color: Bool
        let unicode: Bool

        var suffix: String {
            "w\(width).\(color ? "color" : "plain").\(unicode ? "unicode" : "ascii")"
        }

        var capabilities: TerminalCapabilities {
            TerminalCapabilities(color: color, unicode: unicode, width: width, isInteractive: false)
        }
    }

    static let configurations: [Configuration] = [80, 40].flatMap { width in
        [true, false].flatMap { color in
            [true, false].map { unicode in Configuration(width: width, color: color, unicode: unicode) }
        }
    }

    func assertGolden(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let inputURL = GoldenFile.directory.appendingPathComponent("markdown/\(name).md")
        let document = MarkdownDocument(parsing: try String(contentsOf: inputURL, encoding: .utf8))
        for configuration in Self.configurations {
            let rendered = MarkdownRenderer(capabilities: configuration.capabilities).render(document)
            GoldenFile.assertMatches(rendered, "markdown/\(name).\(configuration.suffix).txt", file: file, line: line)
        }
    }
}
