import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Every Chinese lesson's text, rendered at several widths in both readings of ambiguous symbols,
/// keeps the line-breaking rules: no line wider than the terminal, no line starting with closing
/// punctuation, no Latin word cut in two.
final class ChineseLessonLayoutTests: XCTestCase {
    static let closing: Set<Character> = ["，", "。", "：", "；", "！", "？", "）", "」", "』", "、", "】", "》", "…"]

    func testChineseLessonsWrapByTheRules() throws {
        let files = Self.chineseLessonFiles()
        XCTAssertGreaterThanOrEqual(files.count, 20, "the Chinese lessons are found")
        for file in files {
            let lesson = try LessonParser.load(path: file)
            let sourceWords = Set(Self.latinWords(in: lesson.body))
            let document = MarkdownDocument(parsing: lesson.body)
            for wide in [false, true] {
                for width in [40, 60, 80, 120] {
                    let lines = AmbiguousWidth.withReading(wide: wide) {
                        MarkdownRenderer(capabilities: TerminalCapabilities(color: false, unicode: true, width: width, isInteractive: false))
                            .render(document).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                    }
                    let place = "\((file as NSString).lastPathComponent) at \(width) columns, \(wide ? "wide" : "narrow") reading"
                    AmbiguousWidth.withReading(wide: wide) {
                        check(lines, width: width, sourceWords: sourceWords, checksWords: width >= 60, place: place)
                    }
                }
            }
        }
    }

    func testTheRulesCatchABadLayout() {
        // The checks themselves: a cut word and a line opening with a comma are reported.
        XCTAssertTrue(Self.problems(["这是 Que", "ue 的用法"], width: 80, sourceWords: ["Queue"], checksWords: true).contains { $0.contains("cut") })
        XCTAssertTrue(Self.problems(["这是队列", "，然后"], width: 80, sourceWords: [], checksWords: true).contains { $0.contains("starts with") })
        XCTAssertTrue(Self.problems(["一二三四五六"], width: 10, sourceWords: [], checksWords: true).contains { $0.contains("wider") })
        XCTAssertEqual(Self.problems(["这是 Queue", "的用法，然后"], width: 80, sourceWords: ["Queue"], checksWords: true), [])
    }
}

private extension ChineseLessonLayoutTests {
    static func chineseLessonFiles() -> [String] {
        let root = BinaryHarness.repoRoot + "/lessons"
        let ids = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return ids.sorted().map { "\(root)/\($0)/zh/\($0).md" }.filter { FileManager.default.fileExists(atPath: $0) }
    }

    static func latinWords(in text: String) -> [String] {
        text.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_")) }).map(String.init)
    }

    func check(_ lines: [String], width: Int, sourceWords: Set<String>, checksWords: Bool, place: String) {
        for problem in Self.problems(lines, width: width, sourceWords: sourceWords, checksWords: checksWords) {
            XCTFail("\(place): \(problem)")
        }
    }

    /// What is wrong with `lines`; code lines (never wrapped) are left out.
    static func problems(_ lines: [String], width: Int, sourceWords: Set<String>, checksWords: Bool) -> [String] {
        var out: [String] = []
        var previous: String?
        for line in lines {
            let isCode = line.hasPrefix("  │ ") || line == "  │"
            defer { previous = isCode || line.isEmpty ? nil : line }
            if isCode { continue }
            if line.displayWidth > width { out.append("wider than \(width): \(line)") }
            // Each piece of text: the line after its indent and bullet, and every table cell.
            for piece in line.split(separator: "│").map({ $0.drop { " •-".contains($0) } }) {
                if let first = piece.first, closing.contains(first) { out.append("a line starts with \(first): \(line)") }
            }
            guard checksWords, let previous, let last = previous.last, let first = line.drop(while: { $0 == " " }).first,
                  isWordCharacter(last), isWordCharacter(first) else { continue }
            let tail = String(previous.reversed().prefix { isWordCharacter($0) }.reversed())
            let head = String(line.drop { $0 == " " }.prefix { isWordCharacter($0) })
            if !sourceWords.contains(tail) || !sourceWords.contains(head) {
                out.append("a word is cut: '\(tail)' | '\(head)'")
            }
        }
        return out
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_")
    }
}
