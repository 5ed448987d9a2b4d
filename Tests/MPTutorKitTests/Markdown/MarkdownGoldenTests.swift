import Foundation
import MPTutorKit
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

    static let goldenDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Golden/markdown", isDirectory: true)

    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["MPTUTOR_RECORD_GOLDEN"] == "1"
    }

    func assertGolden(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let inputURL = Self.goldenDirectory.appendingPathComponent("\(name).md")
        let document = MarkdownDocument(parsing: try String(contentsOf: inputURL, encoding: .utf8))
        for configuration in Self.configurations {
            let rendered = MarkdownRenderer(capabilities: configuration.capabilities).render(document)
            let goldenURL = Self.goldenDirectory.appendingPathComponent("\(name).\(configuration.suffix).txt")
            if Self.isRecording {
                try rendered.write(to: goldenURL, atomically: true, encoding: .utf8)
                print("Recorded golden file \(goldenURL.path)")
                continue
            }
            guard let expected = try? String(contentsOf: goldenURL, encoding: .utf8) else {
                XCTFail("Missing golden file \(goldenURL.path); run with MPTUTOR_RECORD_GOLDEN=1", file: file, line: line)
                continue
            }
            if rendered != expected {
                XCTFail("""
                    \(name) at \(configuration.suffix) differs from \(goldenURL.lastPathComponent) \
                    (first difference at line \(Self.firstDifferentLine(rendered, expected))); \
                    re-record with MPTUTOR_RECORD_GOLDEN=1 if the change is intended.
                    """, file: file, line: line)
            }
        }
    }

    static func firstDifferentLine(_ left: String, _ right: String) -> Int {
        let leftLines = left.split(separator: "\n", omittingEmptySubsequences: false)
        let rightLines = right.split(separator: "\n", omittingEmptySubsequences: false)
        let index = Array(zip(leftLines, rightLines)).firstIndex { $0 != $1 } ?? min(leftLines.count, rightLines.count)
        return index + 1
    }
}
