import Foundation
import XCTest
@testable import TutorCore
@testable import TutorAnalysis
@testable import TutorTerminal
@testable import TutorTestSupport

/// Chinese text at 80 and 120 columns, in both readings of East Asian Ambiguous symbols (one column,
/// as most terminals draw them, and two, as CJK-configured ones do): a Chinese lesson's text, a
/// timeline whose lanes, prints and notes are Chinese, and the step view over that run.
/// Re-record with MPTUTOR_RECORD_GOLDEN=1.
final class ChineseLayoutGoldenTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// (name, columns, wide reading)
    static let configurations: [(name: String, width: Int, wide: Bool)] = [
        ("w80.narrow", 80, false), ("w80.wide", 80, true), ("w120.narrow", 120, false), ("w120.wide", 120, true),
    ]

    func testChineseLessonTextMatchesGolden() throws {
        let lesson = try LessonParser.load(path: BinaryHarness.repoRoot + "/lessons/event-basics/zh/event-basics.md")
        for configuration in Self.configurations {
            let rendered = AmbiguousWidth.withReading(wide: configuration.wide) {
                MarkdownRenderer(capabilities: Self.capabilities(configuration.width)).render(MarkdownDocument(parsing: lesson.body))
            }
            assertAligned(rendered, configuration)
            GoldenFile.assertMatches(rendered, "zh/event-basics.\(configuration.name).txt")
        }
    }

    func testChineseTimelineMatchesGolden() throws {
        let (timeline, lesson) = try Self.baozi()
        for configuration in Self.configurations {
            let body = AmbiguousWidth.withReading(wide: configuration.wide) {
                RunPresenter(lesson: lesson, capabilities: Self.capabilities(configuration.width))
                    .body(timeline: timeline, variant: nil, parameters: [:])
            }
            XCTAssertEqual(body.claims?.passed, true, "the fixture proves the Chinese claims")
            assertAligned(body.text, configuration)
            GoldenFile.assertMatches(body.text, "zh/baozi-timeline.\(configuration.name).txt")
        }
    }

    func testChineseStepViewMatchesGolden() throws {
        let (timeline, lesson) = try Self.baozi()
        for configuration in Self.configurations {
            let screens: String = AmbiguousWidth.withReading(wide: configuration.wide) {
                let capabilities = Self.capabilities(configuration.width)
                let notes = RunPresenter(lesson: lesson, capabilities: capabilities).notes(for: timeline, variant: nil, parameters: [:])
                let model = StepModel(timeline: timeline, notes: notes, capabilities: capabilities)
                let size = TerminalSize(width: configuration.width, height: configuration.width == 80 ? 24 : 32)
                let wait = timeline.events.firstIndex { $0.is(.queueWait) } ?? 0
                let print = timeline.events.firstIndex { $0.is(.print) && ($0.text ?? "").contains("①") } ?? 0
                return [wait, print].map { step in
                    let lines = StepScreen(model: model, session: StepSession(step: step), size: size).lines()
                    XCTAssertEqual(lines.count, size.height)
                    return lines.joined(separator: "\n")
                }.joined(separator: "\n\(String(repeating: "=", count: 20))\n") + "\n"
            }
            assertAligned(screens, configuration)
            AmbiguousWidth.withReading(wide: configuration.wide) {
                // The lane rows under the time axis: label, then a bar of one-column cells, all as wide as the axis.
                let lines = screens.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                for (index, axis) in lines.enumerated() where axis.hasPrefix(" lanes") {
                    let rows = lines[(index + 1)...].prefix { !$0.hasPrefix(" ─") && !$0.isEmpty }
                    XCTAssertEqual(rows.count, 3, "\(configuration.name): three lanes")
                    for row in rows { XCTAssertEqual(row.displayWidth, axis.displayWidth, "\(configuration.name): \(row)") }
                }
            }
            GoldenFile.assertMatches(screens, "zh/baozi-step.\(configuration.name).txt")
        }
    }
}

extension ChineseLayoutGoldenTests {
    static func capabilities(_ width: Int) -> TerminalCapabilities {
        TerminalCapabilities(color: false, unicode: true, width: width, isInteractive: false)
    }

    static func baozi() throws -> (Timeline, Lesson) {
        let transcript = try TranscriptReader.read(path: fixtures.appendingPathComponent("zh-baozi.jsonl").path)
        let lesson = try LessonParser.load(path: fixtures.appendingPathComponent("zh-baozi.md").path)
        return (TimelineBuilder.build(transcript), lesson)
    }

    /// No line is wider than the terminal in the reading it was drawn for, and the lines of a
    /// box-drawn table all end in the same column.
    func assertAligned(_ text: String, _ configuration: (name: String, width: Int, wide: Bool), line: UInt = #line) {
        AmbiguousWidth.withReading(wide: configuration.wide) {
            var tableWidths: Set<Int> = []
            for row in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
                // Code is never wrapped (it stays as written), so only its bar is checked.
                let isCode = row.hasPrefix("  │ ")
                if !isCode {
                    XCTAssertLessThanOrEqual(row.displayWidth, configuration.width, "\(configuration.name): \(row)", line: line)
                }
                if let first = row.first, "┌│╞├└".contains(first) { tableWidths.insert(row.displayWidth) }
            }
            XCTAssertLessThanOrEqual(tableWidths.count, 1, "\(configuration.name): table lines of different widths \(tableWidths)", line: line)
        }
    }
}
