import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// A lesson's code is drawn behind a bar and never wrapped, so on an 80-column screen a code line wider than
/// what is left beside the bar runs over (`lesson`: the terminal wraps it under the bar) or is cut (`present`,
/// the classroom mode, which also indents its text column). Every fenced code line of every lesson, English
/// and Chinese, fits both; in the wide reading of ambiguous symbols too.
final class LessonCodeWidthTests: XCTestCase {
    static let screen = 80

    func testEveryLessonsCodeFitsBesideTheBarOnAnEightyColumnScreen() throws {
        let files = Self.lessonFiles()
        XCTAssertGreaterThanOrEqual(files.count, 80, "the lessons are found, both languages")
        let room = Self.screen - Self.barWidth() - Self.presentMargin()
        XCTAssertEqual(Self.barWidth(), 4, "the bar is '  │ '")
        XCTAssertEqual(room, 73, "present's text column starts 3 columns in at 80")
        for file in files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            for wide in [false, true] {
                let lines = try AmbiguousWidth.withReading(wide: wide) { try Self.wideCodeLines(in: text, file: file, room: room) }
                for line in lines {
                    XCTFail("\(Self.shortName(file)):\(line.number): code \(line.width) columns wide\(wide ? " (wide reading)" : ""), more than \(room) (76 beside the bar, less present's margin): \(line.text)")
                }
            }
        }
    }

    func testTheRenderedLessonsCodeStaysWithinTheScreen() throws {
        for file in Self.lessonFiles() {
            let lesson = try LessonParser.load(path: file)
            let rendered = MarkdownRenderer(capabilities: TerminalCapabilities(color: false, unicode: true, width: Self.screen, isInteractive: false))
                .render(MarkdownDocument(parsing: lesson.body)).split(separator: "\n").map(String.init)
            let code = rendered.filter { $0.hasPrefix("  │") }
            XCTAssertFalse(code.isEmpty && lesson.body.contains("```"), "\(Self.shortName(file)): its code is drawn behind the bar")
            for line in code where line.displayWidth > Self.screen {
                XCTFail("\(Self.shortName(file)): drawn \(line.displayWidth) columns wide at \(Self.screen): \(line)")
            }
        }
    }

    func testPresentShowsEveryLessonsCodeWholeAtEightyColumns() throws {
        for file in Self.lessonFiles() {
            let screen = Self.presentScreen(try LessonParser.load(path: file))
            for line in screen.pages.joined() where line.hasPrefix("  │") && screen.margin.count + line.displayWidth > Self.screen {
                XCTFail("\(Self.shortName(file)): present cuts code drawn \(screen.margin.count + line.displayWidth) columns wide at \(Self.screen): \(line)")
            }
        }
    }

    func testTheCheckNamesTheLineAndCountsChineseAsTwoColumns() throws {
        // 38 Chinese characters and `x = 1  # `: 9 + 76 columns, though only 47 characters.
        let chinese = String(repeating: "汉", count: 38)
        let text = "---\nid: t\ntitle: T\ndemo: demo.py\n---\n# T\n\n```python\nok = 1\nx = 1  # \(chinese)\n```\n"
        let found = try Self.wideCodeLines(in: text, file: "t.md", room: 76)
        XCTAssertEqual(found.map(\.number), [10])
        XCTAssertEqual(found.first?.width, 85)
        // The same words as prose, outside the fence, are wrapped by the renderer and not reported.
        let prose = text.replacingOccurrences(of: "```python\n", with: "").replacingOccurrences(of: "```\n", with: "")
        XCTAssertEqual(try Self.wideCodeLines(in: prose, file: "t.md", room: 76).count, 0)
    }
}

private extension LessonCodeWidthTests {
    struct WideLine {
        let number: Int
        let width: Int
        let text: String
    }

    static func lessonFiles() -> [String] {
        let root = BinaryHarness.repoRoot + "/lessons"
        let ids = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return ids.sorted().flatMap { ["\(root)/\($0)/\($0).md", "\(root)/\($0)/zh/\($0).md"] }
            .filter { FileManager.default.fileExists(atPath: $0) }
    }

    static func shortName(_ file: String) -> String {
        file.hasPrefix(BinaryHarness.repoRoot + "/") ? String(file.dropFirst(BinaryHarness.repoRoot.count + 1)) : file
    }

    /// The columns the renderer puts before a code line.
    static func barWidth() -> Int {
        let drawn = MarkdownRenderer(capabilities: TerminalCapabilities(color: false, unicode: true, width: screen, isInteractive: false))
            .render(MarkdownDocument(blocks: [.codeBlock(language: nil, code: "x")]))
        let line = drawn.split(separator: "\n").first { $0.hasSuffix("x") }.map(String.init) ?? ""
        return line.displayWidth - 1
    }

    /// `present`'s screen of `lesson` at 80 columns, on its first page.
    static func presentScreen(_ lesson: Lesson) -> PresentScreen {
        let deck = PresentDeck(lesson: lesson, questions: [],
                               capabilities: TerminalCapabilities(color: false, unicode: true, width: screen, isInteractive: true))
        return PresentScreen(deck: deck, session: PresentSession(questions: 0), run: PresentRun(model: nil, status: "", isLive: false, isOver: false),
                             size: TerminalSize(width: screen, height: 40))
    }

    /// The columns `present` puts before its text column at 80 columns.
    static func presentMargin() -> Int {
        let lesson = Lesson(id: "x", title: "T", unit: "", summary: "", seeds: [], file: "x.md", directory: "x", demo: "demo.py",
                            timeout: 30, parameters: [], variants: [], claims: [], notes: [], body: "# T", bodyLine: 1)
        return presentScreen(lesson).margin.count
    }

    /// The code lines wider than `room`, found by the lesson's own parsers, numbered as lines of `text`.
    static func wideCodeLines(in text: String, file: String, room: Int) throws -> [WideLine] {
        let body = try LessonParser.parse(text, file: file).body
        let fileLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var next = 0
        var found: [WideLine] = []
        for case let .codeBlock(_, code) in MarkdownDocument(parsing: body).blocks {
            for line in code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
                // Code follows the text in order, so the search for its line in the file goes on from the last one.
                let index = fileLines[next...].firstIndex { $0.hasSuffix(line) } ?? next
                next = min(index + 1, fileLines.count - 1)
                let width = line.displayWidth
                if width > room { found.append(WideLine(number: index + 1, width: width, text: line)) }
            }
        }
        return found
    }
}
